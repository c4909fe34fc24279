namespace NewsNlp;

/// <summary>
/// Approximations and bounds written before an amount ("about", "more than", "up to"), normalised
/// to a few values: approximately, nearly, more than, less than, up to, at least, at most, exactly.
/// Shared by quantities (a field beside a span without it) and temporals (TimeML's <c>mod</c>: the
/// span includes it, "more than two hours").
/// </summary>
internal static class Modifiers
{
    /// <summary>Modifier phrases of one to three tokens and their normalised value.</summary>
    public static readonly Lexicon<string> Phrases = new(new Dictionary<string, string>
    {
        ["about"] = "approximately", ["around"] = "approximately", ["approximately"] = "approximately", ["roughly"] = "approximately",
        ["some"] = "approximately", ["circa"] = "approximately", ["approx."] = "approximately", ["estimated"] = "approximately",
        ["an estimated"] = "approximately", ["nearly"] = "nearly", ["almost"] = "nearly", ["close to"] = "nearly", ["just under"] = "nearly",
        ["more than"] = "more than", ["over"] = "more than", ["above"] = "more than", ["in excess of"] = "more than", ["upwards of"] = "more than", ["upward of"] = "more than",
        ["greater than"] = "more than", ["just over"] = "more than", ["less than"] = "less than", ["fewer than"] = "less than",
        ["under"] = "less than", ["below"] = "less than", ["up to"] = "up to", ["as many as"] = "up to", ["as much as"] = "up to",
        ["as high as"] = "up to", ["at least"] = "at least", ["no less than"] = "at least", ["no fewer than"] = "at least",
        ["at most"] = "at most", ["no more than"] = "at most", ["exactly"] = "exactly",
    });

    /// <summary>The last words of the phrases: a modifier is looked for only after one of these.</summary>
    public static readonly Lexicon<bool> LastWords = new(((string[])["about", "around", "approximately", "roughly", "some", "circa", "approx.", "estimated",
        "nearly", "almost", "to", "under", "than", "over", "above", "of", "below", "as", "least", "most", "exactly"]).Select(w => new KeyValuePair<string, bool>(w, true)));

    /// <summary>
    /// The modifier that ends right before token <paramref name="first"/> (not before <paramref name="start"/>),
    /// with the index of its first token; null when there is none.
    /// </summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="start">The first token the phrase may use.</param>
    /// <param name="first">The first token of the amount.</param>
    /// <param name="modifierFirst">The first token of the modifier (or <paramref name="first"/>).</param>
    /// <param name="ofTime">For temporals: "over", "under", "some" ("over three years" is "during") are no modifiers of time.</param>
    public static string? Before(string text, ReadOnlySpan<Token> tokens, int start, int first, out int modifierFirst, bool ofTime = false)
    {
        modifierFirst = first;
        if (first - 1 < start || tokens[first - 1].Kind != TokenKind.Word || !LastWords.Contains(TokenText.Of(text, tokens[first - 1]))) return null;
        Span<char> buffer = stackalloc char[32];
        for (int n = 3; n >= 1; n--)
        {
            int k = first - n;
            if (k < start || !TryPhrase(text, tokens, k, first, buffer, out int length)) continue;
            if (Phrases.TryGet(buffer[..length], out var modifier)
                && !(ofTime && n == 1 && buffer[..length] is "over" or "Over" or "under" or "Under" or "above" or "below" or "some" or "Some" or "estimated"))
            {
                modifierFirst = k;
                return modifier;
            }
        }
        return null;
    }

    /// <summary>Joins words <c>[k, end)</c> with one space where the text has whitespace.</summary>
    private static bool TryPhrase(string text, ReadOnlySpan<Token> tokens, int k, int end, Span<char> buffer, out int length)
    {
        length = 0;
        for (int j = k; j < end; j++)
        {
            var t = tokens[j];
            if (t.Kind != TokenKind.Word) return false;
            if (j > k && t.Has(TokenFlags.SpaceBefore))
            {
                if (length >= buffer.Length) return false;
                buffer[length++] = ' ';
            }
            if (length + t.Length > buffer.Length) return false;
            TokenText.Of(text, t).CopyTo(buffer[length..]);
            length += t.Length;
        }
        return true;
    }
}
