using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsNlp;

/// <summary>
/// Where a temporal (<see cref="Temporal"/>) or numeric (<see cref="Quantity"/>) expression may
/// start, one byte per token, computed in one pass per document and shared by the two stages: the
/// temporals stage marks the tokens, the quantities stage that runs next on the same thread reads
/// the same marks instead of looking every word up again. The marks live in a per-thread buffer
/// tied (weakly, so no document is kept alive) to the token array they describe; a stage that finds
/// marks for another array computes them afresh, so results never depend on the cache.
/// </summary>
internal static class AnchorMarks
{
    /// <summary>A temporal expression may start here or up to two tokens before.</summary>
    public const byte Temporal = 1;

    /// <summary>A quantity may start here or one token before.</summary>
    public const byte Quantity = 2;

    [ThreadStatic] private static byte[]? t_marks;
    [ThreadStatic] private static WeakReference<Token[]>? t_owner;
    [ThreadStatic] private static int t_textLength;

    /// <summary>The marks of the document's tokens.</summary>
    public static ReadOnlySpan<byte> For(string text, ImmutableArray<Token> tokens)
    {
        var array = ImmutableCollectionsMarshal.AsArray(tokens) ?? [];
        if (t_marks is { } cached && t_owner is { } owner && owner.TryGetTarget(out var marked) && ReferenceEquals(marked, array)
            && t_textLength == text.Length && cached.Length >= array.Length)
            return cached.AsSpan(0, array.Length);
        if (t_marks is null || t_marks.Length < array.Length) t_marks = new byte[Math.Max(array.Length, 1024)];
        var marks = t_marks.AsSpan(0, array.Length);
        for (int k = 0; k < array.Length; k++)
        {
            ref readonly var token = ref array[k];
            marks[k] = token.Kind switch
            {
                TokenKind.Number => Temporal | Quantity,
                TokenKind.Currency => Quantity,
                TokenKind.Word => WordMark(text, token),
                _ => 0,
            };
        }
        if (t_owner is null) t_owner = new WeakReference<Token[]>(array);
        else t_owner.SetTarget(array);
        t_textLength = text.Length;
        return marks;
    }

    /// <summary>One look-up for both stages: the temporal starters (and what follows a lead word), the number words.</summary>
    private static readonly Lexicon<byte> s_words = new(TemporalScanner.AnchorWords.Select(w => (w, Temporal))
        .Concat(QuantityScanner.AnchorWords.Select(w => (w, Quantity)))
        .GroupBy(e => e.w, StringComparer.OrdinalIgnoreCase)
        .Select(g => new KeyValuePair<string, byte>(g.Key, (byte)g.Aggregate(0, (mark, e) => mark | e.Item2))));

    private static byte WordMark(string text, in Token token)
    {
        var w = text.AsSpan(token.Start, token.Length);
        byte mark = token.Has(TokenFlags.AllCaps) ? Quantity : (byte)0; // a currency code
        if (w.Length == 1)
            return NumberScanner.IsVulgarFraction(w[0]) ? (byte)(Temporal | Quantity) : (byte)(mark | (s_words.TryGet(w, out var single) ? single : 0)); // "½"
        if (w[^1] == '.')
        {
            // temporal words are looked up without a final period ("Jan."), number words as written
            var trimmed = w[..^1];
            if (s_words.TryGet(trimmed, out var found)) mark |= (byte)(found & Temporal);
            if (s_words.TryGet(w, out var asWritten)) mark |= (byte)(asWritten & Quantity);
            if (trimmed.Length == 1 && NumberScanner.IsVulgarFraction(trimmed[0]) || trimmed.Length > 3 && char.IsAsciiDigit(trimmed[^1])) mark |= Temporal;
            return mark;
        }
        if (w.Length > 3 && char.IsAsciiDigit(w[^1])) mark |= Temporal; // "Dec31"
        return s_words.TryGet(w, out var word) ? (byte)(mark | word) : mark;
    }
}
