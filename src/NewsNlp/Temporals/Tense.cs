namespace NewsNlp;

/// <summary>The tense of a clause, as far as relative dates care: past (the default of news) or future.</summary>
internal enum Tense : byte { Past, Future }

/// <summary>
/// Finds the tense that resolves a relative date ("on Friday"): the nearest tense marker to the
/// left of the expression in its sentence, else the nearest to the right; past when there is none
/// (news reports what happened). Future markers: "will", "'ll", "shall", "would", "going to",
/// "due", "scheduled", "plans", "expected", "upcoming", "let's"; past markers: "said", "was", "had", irregular past forms
/// and words ending in "-ed" (not after "be", "been", "being": "will be held" is future).
/// </summary>
internal static class TenseFinder
{
    private static readonly Lexicon<Tense> s_markers = new(Build());

    private static IEnumerable<KeyValuePair<string, Tense>> Build()
    {
        foreach (var w in (string[])["will", "'ll", "’ll", "shall", "would", "wo", "upcoming", "scheduled", "due", "plans", "plan", "planned", "expected", "expects", "let"])
            yield return new(w, Tense.Future);
        foreach (var w in (string[])["said", "told", "was", "were", "had", "did", "went", "came", "met", "made", "took", "gave", "held", "began",
            "saw", "won", "lost", "left", "spoke", "wrote", "got", "ran", "led", "fell", "rose", "sent", "felt", "kept", "brought",
            "thought", "found", "struck", "became", "broke", "chose", "flew", "fought", "knew", "meant", "paid", "sold", "stood",
            "taught", "threw", "understood", "woke", "wore", "hit", "ago", "yesterday", "last", "earlier", "previously", "agreed"])
            yield return new(w, Tense.Past);
    }

    private static readonly Lexicon<bool> s_notPast = new(
        ((string[])["need", "speed", "seed", "feed", "bed", "red", "shed", "hundred", "united", "indeed", "proceed", "succeed", "exceed", "breed", "weed", "deed", "reed", "steed", "greed", "creed", "bleed", "ed"])
        .Select(w => new KeyValuePair<string, bool>(w, true)));

    /// <summary>The tense for an expression over tokens <c>[first, end)</c> of the sentence <c>[sentenceStart, sentenceEnd)</c>.</summary>
    public static Tense Find(string text, ReadOnlySpan<Token> tokens, int sentenceStart, int sentenceEnd, int first, int end) =>
        TryNearest(text, tokens, sentenceStart, sentenceEnd, first, end, Window, out var tense) ? tense : Tense.Past;

    /// <summary>The nearest tense marker within <see cref="Window"/> tokens of <c>[first, end)</c>, to the left first; false when there is none.</summary>
    public static bool TryFind(string text, ReadOnlySpan<Token> tokens, int sentenceStart, int sentenceEnd, int first, int end, out Tense tense) =>
        TryNearest(text, tokens, sentenceStart, sentenceEnd, first, end, Window, out tense);

    /// <summary>Whether the nearest tense marker within <paramref name="window"/> tokens of <c>[first, end)</c> (left first) is a past one.</summary>
    public static bool PastNear(string text, ReadOnlySpan<Token> tokens, int sentenceStart, int sentenceEnd, int first, int end, int window) =>
        TryNearest(text, tokens, sentenceStart, sentenceEnd, first, end, window, out var tense) && tense == Tense.Past;

    /// <summary>The nearest tense marker within <paramref name="window"/> tokens, to the left first; false when there is none.</summary>
    private static bool TryNearest(string text, ReadOnlySpan<Token> tokens, int sentenceStart, int sentenceEnd, int first, int end, int window, out Tense tense)
    {
        // A bounded window keeps a sentence of a million weekdays linear.
        int left = Math.Max(sentenceStart, first - window), right = Math.Min(sentenceEnd, end + window);
        for (int k = first - 1; k >= left; k--)
            if (TryMarker(text, tokens, k, sentenceEnd, out tense)) return true;
        for (int k = end; k < right; k++)
            if (TryMarker(text, tokens, k, sentenceEnd, out tense)) return true;
        tense = Tense.Past;
        return false;
    }

    /// <summary>How many tokens either side of an expression are searched for a tense marker.</summary>
    public const int Window = 40;

    private static bool TryMarker(string text, ReadOnlySpan<Token> tokens, int k, int limit, out Tense tense)
    {
        tense = Tense.Past;
        var t = tokens[k];
        if (t.Kind != TokenKind.Word) return false;
        var w = TokenText.Of(text, t);
        if (s_markers.TryGet(w, out tense))
            return tense == Tense.Future || !AfterBe(text, tokens, k);
        // "going to meet"
        if (w.Equals("going", StringComparison.OrdinalIgnoreCase) && k + 1 < limit && TokenText.Is(text, tokens[k + 1], "to"))
        {
            tense = Tense.Future;
            return true;
        }
        if (w.Length > 3 && w.EndsWith("ed", StringComparison.Ordinal) && !t.Has(TokenFlags.Capitalized) && !s_notPast.Contains(w))
        {
            tense = Tense.Past;
            return !AfterBe(text, tokens, k);
        }
        return false;
    }

    /// <summary>
    /// A participle after "be", "been" or "being" ("will be held", "has been delayed") is a passive,
    /// not a past tense: the auxiliary before it decides.
    /// </summary>
    private static bool AfterBe(string text, ReadOnlySpan<Token> tokens, int k) =>
        k > 0 && (TokenText.Is(text, tokens[k - 1], "be") || TokenText.Is(text, tokens[k - 1], "been") || TokenText.Is(text, tokens[k - 1], "being"));
}
