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

    // Span views of the word sets: look words up in the text without building strings.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_wordsBySpan = s_words.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_joinersBySpan = s_joiners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_articlesBySpan = s_articles.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxWords = 8;

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);

    public static void Collect(string text, ImmutableArray<Token> tokenArray, ImmutableArray<Sentence> sentences, Gazetteer gazetteer,
        List<WorkMention> mentions, EntityScratch scratch)
    {
        var tokens = tokenArray.AsSpan();
        if (mentions.Count == 0) return;
        // Which mention covers each token, or -1 (mentions are sorted and do not overlap).
        var owner = scratch.TokenInts(tokens.Length, -1);
        for (int i = 0; i < mentions.Count; i++)
        {
            for (int k = mentions[i].First; k < mentions[i].End; k++) owner[k] = i;
        }
        // The descriptors of each entity, in order: a chain through (descriptor, next) pairs from head[entity] to tail[entity].
        var chains = scratch.Descriptors;
        chains.Clear();
        var heads = scratch.Ints;
        heads.Clear();
        var tails = scratch.Ints2;
        tails.Clear();
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Type is not (EntityType.Person or EntityType.Org)) continue;
            var sentence = sentences[m.Sentence];
            Add(m.EntityId, Before(text, tokens, sentence.FirstTokenIndex, m.First, owner, mentions, gazetteer));
            Add(m.EntityId, After(text, tokens, sentence.TokenEnd, m.End, owner, mentions, gazetteer));
        }
        if (chains.Count == 0) return;
        var arrays = scratch.DescriptorArrays(heads.Count);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
        foreach (ref var m in span)
        {
            if (m.Type is not (EntityType.Person or EntityType.Org) || m.EntityId >= heads.Count || heads[m.EntityId] < 0) continue;
            if (arrays[m.EntityId].IsDefault)
            {
                int n = 0;
                for (int c = heads[m.EntityId]; c >= 0; c = chains[c].Next) n++;
                var items = new string[n];
                n = 0;
                for (int c = heads[m.EntityId]; c >= 0; c = chains[c].Next) items[n++] = chains[c].Text;
                arrays[m.EntityId] = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);
            }
            m.Descriptors = arrays[m.EntityId];
        }
        arrays.Clear();
        chains.Clear();
        heads.Clear();
        tails.Clear();

        void Add(int entity, string? d)
        {
            if (d is null) return;
            while (heads.Count <= entity)
            {
                heads.Add(-1);
                tails.Add(-1);
            }
            for (int c = heads[entity]; c >= 0; c = chains[c].Next)
            {
                if (string.Equals(chains[c].Text, d, StringComparison.OrdinalIgnoreCase)) return;
            }
            chains.Add((d, -1));
            int added = chains.Count - 1;
            if (heads[entity] < 0) heads[entity] = added;
            else System.Runtime.InteropServices.CollectionsMarshal.AsSpan(chains)[tails[entity]].Next = added;
            tails[entity] = added;
        }
    }

    private static bool IsTitleWord(string text, Token t, Gazetteer gazetteer)
    {
        if (t.Kind != TokenKind.Word) return false;
        var word = Word(text, t);
        if (s_wordsBySpan.Contains(word)) return true;
        // Capitalised titles only: "Major Smith" has a title, "a major Warhol show" does not.
        return char.IsUpper(word[0]) && gazetteer.TryLookup(text, [t], out var entry) && (entry.Categories & GazetteerCategory.Title) != 0;
    }

    /// <summary>The title run just before a name, or null.</summary>
    private static string? Before(string text, ReadOnlySpan<Token> tokens, int sentenceStart, int first, ReadOnlySpan<int> owner,
        List<WorkMention> mentions, Gazetteer gazetteer)
    {
        int start = first;
        int words = 0;
        bool hasTitle = false;
        int j = first - 1;
        while (j >= sentenceStart && words < MaxWords)
        {
            var t = tokens[j];
            if (owner[j] is int mi and >= 0)
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
            if (s_joinersBySpan.Contains(Word(text, t)) && j - 1 >= sentenceStart && start == j + 1 && start != first
                && (IsTitleWord(text, tokens[j - 1], gazetteer) || owner[j - 1] >= 0))
            {
                j--;
                continue;
            }
            // A possessive before the title ("Russia's foreign minister") belongs to the description.
            if ((t.Flags & TokenFlags.Clitic) != 0 && j - 1 >= sentenceStart && owner[j - 1] >= 0 && start == j + 1)
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
    private static string? After(string text, ReadOnlySpan<Token> tokens, int sentenceEnd, int end, ReadOnlySpan<int> owner,
        List<WorkMention> mentions, Gazetteer gazetteer)
    {
        if (end >= sentenceEnd || text[tokens[end].Start] != ',' || tokens[end].Length != 1) return null;
        int j = end + 1;
        if (j < sentenceEnd && s_articlesBySpan.Contains(Word(text, tokens[j]))) j++;
        int start = j;
        bool hasTitle = false;
        int last = -1;
        while (j < sentenceEnd && j - start < MaxWords)
        {
            var t = tokens[j];
            if (owner[j] is int mi and >= 0)
            {
                if (mentions[mi].Type == EntityType.Person) return null;
                j = mentions[mi].End;
                last = j - 1;
                continue;
            }
            if (IsTitleWord(text, t, gazetteer)) { hasTitle = true; last = j; j++; continue; }
            if ((t.Flags & TokenFlags.Clitic) != 0 || s_joinersBySpan.Contains(Word(text, t))
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
