using System.Collections.Immutable;

namespace NewsNlp.Entities;

/// <summary>
/// Collects the titles and descriptions written next to person and organisation mentions and kept out of their
/// spans: before the name ("Belarusian President", "Kremlin spokesman", "US blogger") and in an
/// appositive after it ("Dmitry Peskov, the Kremlin spokesman,").
/// </summary>
internal static class EntityDescriptors
{
    // Lower-case words that may be part of a title or description (besides gazetteer titles and other names).
    private static readonly HashSet<string> s_words = new(StringComparer.OrdinalIgnoreCase)
    {
        "former", "ex", "home", "shadow", "attorney", "solicitor", "surgeon", "lord", "first", "lady", "deputy", "vice", "acting", "interim", "outgoing", "incoming", "new", "late", "then", "chief", "senior",
        "top", "prime", "foreign", "defence", "defense", "interior", "finance", "economy", "health", "justice", "state",
        "general", "assistant", "associate", "executive", "managing", "national", "security", "opposition", "party",
        "government", "presidential", "press", "news", "agency", "army", "military", "police", "rebel", "militia",
        "veteran", "prominent", "popular", "elected", "self", "styled", "de", "facto", "supreme", "grand", "high",
        "federal", "regional", "local", "city", "county", "district", "world", "champion", "star", "international",
        "spokesman", "spokeswoman", "spokesperson", "president", "minister", "leader", "official", "head", "commander",
        "secretary", "ambassador", "envoy", "blogger", "journalist", "reporter", "correspondent", "analyst", "adviser",
        "advisor", "aide", "lawyer", "attorney", "prosecutor", "judge", "governor", "mayor", "senator", "lawmaker",
        "legislator", "candidate", "activist", "diplomat", "negotiator", "coach", "captain", "actor", "actress",
        "singer", "author", "writer", "director", "chairman", "chairwoman", "founder", "businessman", "businesswoman",
        "billionaire", "tycoon", "dictator", "monarch", "king", "queen", "prince", "princess", "pope", "cleric", "imam",
        "rabbi", "priest", "strongman", "counterpart", "chancellor", "premier", "emir", "sheikh", "general", "colonel",
        "officer", "soldier", "economist", "scientist", "researcher", "professor", "doctor", "expert", "host", "anchor",
        "editor", "producer", "player", "manager", "owner", "investor", "entrepreneur", "ceo", "cfo", "chair",
        "speaker", "representative", "congressman", "congresswoman", "mp", "member", "chief", "boss", "influencer",
        "podcaster", "commentator", "broadcaster", "ruler", "successor", "predecessor", "counsel", "inspector",
        "curator", "artist", "photographer", "designer", "architect", "engineer", "historian", "poet", "novelist", "composer",
        "musician", "filmmaker", "student", "teacher", "farmer", "resident", "witness", "victim", "suspect", "survivor",
        "worker", "nurse", "pilot", "striker", "midfielder", "defender", "goalkeeper", "forward", "spokesman",
    };

    private static readonly HashSet<string> s_joiners = new(StringComparer.OrdinalIgnoreCase) { "of", "for", "and", "-" };

    private static readonly HashSet<string> s_articles = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "his", "her", "its", "their" };

    private const int MaxWords = 8;

    public static void Collect(string text, ImmutableArray<Token> tokenArray, ImmutableArray<Sentence> sentences, Gazetteer gazetteer, List<WorkMention> mentions)
    {
        var tokens = tokenArray.AsSpan();
        if (mentions.Count == 0) return;
        // Which mention covers each token (mentions are sorted and do not overlap).
        var owner = new Dictionary<int, int>();
        for (int i = 0; i < mentions.Count; i++)
        {
            for (int k = mentions[i].First; k < mentions[i].End; k++) owner[k] = i;
        }
        var byEntity = new Dictionary<int, List<string>>();
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type is not (EntityType.Person or EntityType.Org)) continue;
            var sentence = sentences[m.Sentence];
            var before = Before(text, tokens, sentence.FirstTokenIndex, m.First, owner, mentions, gazetteer);
            var after = After(text, tokens, sentence.TokenEnd, m.End, owner, mentions, gazetteer);
            foreach (var d in new[] { before, after })
            {
                if (d is null) continue;
                if (!byEntity.TryGetValue(m.EntityId, out var list)) byEntity[m.EntityId] = list = [];
                if (!list.Contains(d, StringComparer.OrdinalIgnoreCase)) list.Add(d);
            }
        }
        if (byEntity.Count == 0) return;
        var arrays = byEntity.ToDictionary(p => p.Key, p => p.Value.ToImmutableArray());
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
        foreach (ref var m in span)
        {
            if (m.Type is EntityType.Person or EntityType.Org && arrays.TryGetValue(m.EntityId, out var d)) m.Descriptors = d;
        }
    }

    private static bool IsTitleWord(string text, Token t, Gazetteer gazetteer)
    {
        if (t.Kind != TokenKind.Word) return false;
        var word = text.Substring(t.Start, t.Length);
        if (s_words.Contains(word)) return true;
        // Capitalised titles only: "Major Smith" has a title, "a major Warhol show" does not.
        return char.IsUpper(word[0]) && gazetteer.TryLookup(text, [t], out var entry) && (entry.Categories & GazetteerCategory.Title) != 0;
    }

    /// <summary>The title run just before a name, or null.</summary>
    private static string? Before(string text, ReadOnlySpan<Token> tokens, int sentenceStart, int first, Dictionary<int, int> owner,
        List<WorkMention> mentions, Gazetteer gazetteer)
    {
        int start = first;
        int words = 0;
        bool hasTitle = false;
        int j = first - 1;
        while (j >= sentenceStart && words < MaxWords)
        {
            var t = tokens[j];
            if (owner.TryGetValue(j, out int mi))
            {
                var other = mentions[mi];
                if (other.Type == EntityType.Person) break;
                start = other.First;
                j = other.First - 1;
                words++;
                continue;
            }
            if (IsTitleWord(text, t, gazetteer))
            {
                hasTitle = true;
                start = j;
                j--;
                words++;
                continue;
            }
            // "Secretary of State", "vice-president": a joiner between two title words.
            if (s_joiners.Contains(text.Substring(t.Start, t.Length)) && j - 1 >= sentenceStart && start == j + 1 && start != first
                && (IsTitleWord(text, tokens[j - 1], gazetteer) || owner.ContainsKey(j - 1)))
            {
                j--;
                continue;
            }
            // A possessive before the title ("Russia's foreign minister") belongs to the description.
            if ((t.Flags & TokenFlags.Clitic) != 0 && j - 1 >= sentenceStart && owner.ContainsKey(j - 1) && start == j + 1)
            {
                j--;
                continue;
            }
            break;
        }
        if (!hasTitle || start >= first) return null;
        return EntityGrouper.Normalize(text[tokens[start].Start..tokens[first - 1].End]);
    }

    /// <summary>An appositive after a name: ", the Kremlin spokesman," → "Kremlin spokesman"; or null.</summary>
    private static string? After(string text, ReadOnlySpan<Token> tokens, int sentenceEnd, int end, Dictionary<int, int> owner,
        List<WorkMention> mentions, Gazetteer gazetteer)
    {
        if (end >= sentenceEnd || text[tokens[end].Start] != ',' || tokens[end].Length != 1) return null;
        int j = end + 1;
        if (j < sentenceEnd && s_articles.Contains(text.Substring(tokens[j].Start, tokens[j].Length))) j++;
        int start = j;
        bool hasTitle = false;
        int last = -1;
        while (j < sentenceEnd && j - start < MaxWords)
        {
            var t = tokens[j];
            if (owner.TryGetValue(j, out int mi))
            {
                if (mentions[mi].Type == EntityType.Person) return null;
                j = mentions[mi].End;
                last = j - 1;
                continue;
            }
            if (IsTitleWord(text, t, gazetteer)) { hasTitle = true; last = j; j++; continue; }
            if ((t.Flags & TokenFlags.Clitic) != 0 || s_joiners.Contains(text.Substring(t.Start, t.Length))
                || (t.Kind == TokenKind.Number) || (t.Flags & TokenFlags.Dash) != 0 || t.Kind == TokenKind.Word && j == start)
            {
                j++;
                continue;
            }
            break;
        }
        if (!hasTitle || last < start) return null;
        // The appositive must close: a comma, the end of the sentence, or a closing bracket.
        if (j < sentenceEnd && tokens[j].Kind == TokenKind.Word) return null;
        return EntityGrouper.Normalize(text[tokens[start].Start..tokens[last].End]);
    }
}
