using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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

    /// <summary>Both: the marks hold no other bits, so a search for one kind looks for it or this.</summary>
    public const byte Both = Temporal | Quantity;

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

    /// <summary>Words of at most this many characters are packed into a <see cref="ulong"/>, a byte a character.</summary>
    private const int PackedMax = 8;

    /// <summary>
    /// The ASCII words of <see cref="s_words"/> of at most <see cref="PackedMax"/> characters, packed
    /// with their ASCII letters in lower case (open addressing, 0 = empty), so that a word is found
    /// with one compare of integers; null when a key has a non-ASCII character that an ASCII one
    /// could equal under OrdinalIgnoreCase (then the lexicon decides every word).
    /// </summary>
    private static readonly (ulong Key, byte Mark)[]? s_packed = BuildPacked();

    private static (ulong Key, byte Mark)[]? BuildPacked()
    {
        var keys = s_words.Keys.ToArray();
        if (keys.Any(k => k.Any(c => c >= 0x80 && char.ToUpperInvariant(c) < 0x80))) return null;
        var packable = keys.Where(k => k.Length <= PackedMax && k.All(c => c < 0x80)).ToArray();
        int size = 16;
        while (size < packable.Length * 4) size *= 2;
        var table = new (ulong Key, byte Mark)[size];
        foreach (var k in packable)
        {
            ulong key = Pack(k);
            s_words.TryGet(k, out var mark);
            int slot = PackedSlot(key, size);
            while (table[slot].Key != 0) slot = (slot + 1) & (size - 1);
            table[slot] = (key, mark);
        }
        return table;
    }

    /// <summary>The characters a byte each, ASCII letters in lower case; 0 when one is not ASCII.</summary>
    private static ulong Pack(ReadOnlySpan<char> w)
    {
        ulong key = 0;
        for (int j = 0; j < w.Length; j++)
        {
            uint c = w[j];
            if (c >= 0x80) return 0;
            if (c - 'A' <= 'Z' - 'A') c |= 0x20;
            key |= (ulong)c << (8 * j);
        }
        return key;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PackedSlot(ulong key, int size) => (int)((key * 0x9E3779B97F4A7C15ul) >> 40) & (size - 1);

    /// <summary>
    /// The common case, kept small enough to inline in the loop: a word whose first, second and
    /// last characters are ASCII, with no final period or digit, that the lexicon's pre-filter rejects.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte WordMark(string text, in Token token)
    {
        var w = text.AsSpan(token.Start, token.Length);
        if (!w.IsEmpty)
        {
            char c0 = w[0], c1 = w[w.Length > 1 ? 1 : 0], cl = w[^1];
            if ((c0 | c1 | cl) < 0x80 && cl != '.' && !char.IsAsciiDigit(cl) && !s_words.MayContainAscii(w))
                return token.Has(TokenFlags.AllCaps) ? Quantity : (byte)0;
        }
        return LookUp(w, token);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static byte LookUp(ReadOnlySpan<char> w, in Token token)
    {
        byte mark = token.Has(TokenFlags.AllCaps) ? Quantity : (byte)0; // a currency code
        // Most words that pass the filter are short ASCII words ("two", "May", "a"): one probe of the packed table.
        if (w.Length <= PackedMax && w[^1] != '.' && !(w.Length > 3 && char.IsAsciiDigit(w[^1])) && s_packed is { } packed && Pack(w) is var key and not 0)
        {
            int slot = PackedSlot(key, packed.Length);
            while (true)
            {
                ulong k = packed[slot].Key;
                if (k == key) return (byte)(mark | packed[slot].Mark);
                if (k == 0) return mark;
                slot = (slot + 1) & (packed.Length - 1);
            }
        }
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
