using System.Collections.Immutable;

namespace NewsNlp.Quotes;

/// <summary>
/// The fallback when the pipeline has no entities stage: runs of capitalised words, stripped of
/// leading titles and nationality words ("Belarusian President Alexander Lukashenko" → "Alexander
/// Lukashenko"), grouped by their last word ("Lukashenko" → "Alexander Lukashenko"). A group is a
/// person when it has a full name, follows a title or comes right before a cue verb; an
/// organisation when it has an organisation word ("Ministry", "Kremlin").
/// </summary>
internal static class LightNames
{
    public static ImmutableArray<Entity> Find(string text, Token[] tokens)
    {
        var runs = new List<(int Start, int End, bool Titled)>();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (!IsNameToken(text, tokens[i])) continue;
            int start = i;
            while (i + 1 < tokens.Length && IsNameToken(text, tokens[i + 1]) && !tokens[i + 1].Has(TokenFlags.ParagraphStart)) i++;
            int end = i + 1;
            bool titled = false;
            while (start < end && (QuoteWords.IsTitle(Word(text, tokens[start])) || QuoteWords.IsDemonym(Word(text, tokens[start]))
                                   || QuoteWords.IsBoundary(Word(text, tokens[start])) || QuoteWords.IsDeterminer(Word(text, tokens[start]))
                                   || QuoteWords.IsPreposition(Word(text, tokens[start])) || QuoteWords.IsPronoun(Word(text, tokens[start]))
                                   || QuoteWords.IsCalendarWord(Word(text, tokens[start]))))
            {
                titled |= QuoteWords.IsTitle(Word(text, tokens[start])) && end - start > 1;
                if (end - start == 1) { start = end; break; }
                start++;
            }
            // A sentence's or quote's first word is capitalised anyway ("Tell Trump …"): keep it only if it is a known first name.
            // "Police Chief Ana Ruiz", "Senate Majority Leader Mitch McConnell": the name follows the last title word.
            for (int j = end - 2; j >= start; j--)
            {
                if (QuoteWords.IsStrongTitle(Word(text, tokens[j])))
                {
                    start = j + 1;
                    titled = true;
                    break;
                }
            }
            if (end - start >= 2 && !titled && StartsQuote(tokens, start)
                && QuoteWords.GenderOfFirstName(Word(text, tokens[start])) == 0 && !tokens[start].Has(TokenFlags.Abbreviation))
                start++;
            // Trailing calendar words ("Trump Tuesday") are not part of the name.
            while (end > start && QuoteWords.IsCalendarWord(Word(text, tokens[end - 1]))) end--;
            if (start >= end) continue;
            if (start < end && tokens[start].Has(TokenFlags.Abbreviation) && end - start == 1) continue;
            runs.Add((start, end, titled));
        }

        // Group by last word; the canonical name is the longest form.
        var best = new Dictionary<string, (string Name, int Length, bool Person, bool Org)>(StringComparer.Ordinal);
        foreach (var (s, e, titled) in runs)
        {
            string last = Word(text, tokens[e - 1]).ToString();
            string name = text[tokens[s].Start..tokens[e - 1].End];
            bool org = false;
            for (int j = s; j < e; j++) org |= QuoteWords.IsOrgWord(Word(text, tokens[j]));
            bool person = titled || e - s >= 2 && !org || BeforeCue(text, tokens, e);
            if (best.TryGetValue(last, out var b))
            {
                best[last] = (e - s > b.Length ? name : b.Name, Math.Max(e - s, b.Length), b.Person || person, b.Org || org);
            }
            else
            {
                best[last] = (name, e - s, person, org);
            }
        }

        var builder = ImmutableArray.CreateBuilder<Entity>(runs.Count);
        foreach (var (s, e, _) in runs)
        {
            var b = best[Word(text, tokens[e - 1]).ToString()];
            var type = b.Org ? EntityType.Org : b.Person ? EntityType.Person : EntityType.Misc;
            var span = TextSpan.FromBounds(tokens[s].Start, tokens[e - 1].End);
            builder.Add(new Entity(span, text.Substring(span.Start, span.Length), type, b.Name));
        }
        return builder.MoveToImmutable();
    }

    private static bool StartsQuote(Token[] tokens, int i) =>
        i > 0 && tokens[i - 1].Kind == TokenKind.QuoteMark && tokens[i - 1].QuoteRole != QuoteRole.Close;

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);

    private static bool IsNameToken(string text, Token t) =>
        t.Kind == TokenKind.Word && t.Has(TokenFlags.Capitalized) && !t.Has(TokenFlags.Clitic)
        && (t.Length > 1 || t.Has(TokenFlags.Abbreviation)) && !(t.Has(TokenFlags.AllCaps) && t.Length > 5) && text[t.Start] != '\'';

    private static bool BeforeCue(string text, Token[] tokens, int end)
    {
        for (int k = end; k < Math.Min(tokens.Length, end + 3); k++)
        {
            if (tokens[k].Kind != TokenKind.Word) return false;
            var w = Word(text, tokens[k]);
            if ((SpeechCues.Lookup(w) & CueFlags.Speech) != 0) return true;
            if (!QuoteWords.IsPreCueAdverb(w)) return false;
        }
        return false;
    }
}
