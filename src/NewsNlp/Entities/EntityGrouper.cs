using System.Collections.Immutable;
using System.Text;

namespace NewsNlp.Entities;

/// <summary>
/// Document-level steps after tagging: propagate names the tagger found once, make the types of one
/// name agree, and group mentions into entities with a canonical name. Every step is linear or
/// near-linear in the number of tokens and mentions.
/// </summary>
internal static class EntityGrouper
{
    /// <summary>Names longer than this (in tokens) are not propagated or used as canonical forms of shorter ones.</summary>
    private const int MaxNameTokens = 8;

    private static string TokenText(string text, Token t) => text.Substring(t.Start, t.Length);

    /// <summary>
    /// Finds untagged occurrences of names tagged elsewhere in the document: the same capitalised
    /// words, or the surname of a tagged full name ("Lukashenko" after "Alexander Lukashenko").
    /// </summary>
    public static void Propagate(string text, ImmutableArray<Token> tokenArray, ImmutableArray<Sentence> sentences, List<WorkMention> mentions)
    {
        if (mentions.Count == 0) return;
        var tokens = tokenArray.AsSpan();
        // Candidate names by first word: (token texts, type).
        var byFirst = new Dictionary<string, List<(string[] Words, EntityType Type)>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void AddCandidate(string[] words, EntityType type)
        {
            if (words.Length == 0 || words.Length > MaxNameTokens) return;
            foreach (var w in words)
            {
                if (w.Length == 0 || !char.IsUpper(w[0])) return; // only capitalised names
            }
            if (words.Length == 1 && words[0].Length < 2) return;
            if (!seen.Add(string.Join(' ', words) + "\u0001" + type)) return;
            if (!byFirst.TryGetValue(words[0], out var list)) byFirst[words[0]] = list = [];
            if (list.Count < 8) list.Add((words, type));
        }

        foreach (var m in mentions)
        {
            bool sentenceStart = m.First == sentences[m.Sentence].FirstTokenIndex;
            var words = new string[m.End - m.First];
            for (int k = m.First; k < m.End; k++) words[k - m.First] = TokenText(text, tokens[k]);
            // A one-word name seen only at the start of a sentence may be a capitalised common word.
            if (!sentenceStart || words.Length > 1) AddCandidate(words, m.Type);
            if (m.Type == EntityType.Person && words.Length > 1 && words.Length <= 4)
                AddCandidate([words[^1]], EntityType.Person);
        }
        foreach (var list in byFirst.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));

        var covered = new bool[tokens.Length];
        foreach (var m in mentions)
        {
            for (int k = m.First; k < m.End; k++) covered[k] = true;
        }
        var added = new List<WorkMention>();
        var lookup = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        int sentence = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            while (sentence + 1 < sentences.Length && sentences[sentence].TokenEnd <= i) sentence++;
            if (covered[i] || tokens[i].Kind != TokenKind.Word || (tokens[i].Flags & TokenFlags.Capitalized) == 0) continue;
            if (!lookup.TryGetValue(text.AsSpan(tokens[i].Start, tokens[i].Length), out var candidates)) continue;
            foreach (var (words, type) in candidates)
            {
                int end = i + words.Length;
                if (end > tokens.Length) continue;
                bool match = true;
                for (int k = 0; k < words.Length && match; k++)
                {
                    match = !covered[i + k] && text.AsSpan(tokens[i + k].Start, tokens[i + k].Length).SequenceEqual(words[k]);
                }
                // Not the first half of a longer capitalised run ("Minsk Tractor Works").
                if (match && end < tokens.Length && tokens[end].Kind == TokenKind.Word && (tokens[end].Flags & TokenFlags.Capitalized) != 0
                    && (tokens[end].Flags & TokenFlags.SpaceBefore) != 0 && !covered[end] && (tokens[i].Flags & TokenFlags.AllCaps) == 0)
                    match = false;
                if (!match) continue;
                added.Add(new WorkMention
                {
                    First = i, End = end, Type = type, Sentence = sentence,
                    Text = text[tokens[i].Start..tokens[end - 1].End],
                });
                for (int k = i; k < end; k++) covered[k] = true;
                i = end - 1;
                break;
            }
        }
        if (added.Count == 0) return;
        mentions.AddRange(added);
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>
    /// Gives every mention with the same text the same type (the most frequent; the first on ties),
    /// and makes a one-word mention that is the surname of a tagged person a person.
    /// </summary>
    public static void UnifyTypes(List<WorkMention> mentions)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Person && m.End - m.First > 1)
            {
                int space = m.Text.LastIndexOf(' ');
                if (space > 0) surnames.Add(m.Text[(space + 1)..]);
            }
        }
        var votes = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (!votes.TryGetValue(m.Text, out var v)) votes[m.Text] = v = new int[8];
            v[(int)m.Type] += 2;
        }
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
        // Ties go to the type of the first mention: give it one extra half-vote.
        var firstType = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        foreach (ref var m in span) firstType.TryAdd(m.Text, m.Type);
        foreach (ref var m in span)
        {
            if (m.End - m.First == 1 && surnames.Contains(m.Text))
            {
                m.Type = EntityType.Person;
                continue;
            }
            var v = votes[m.Text];
            int best = (int)firstType[m.Text];
            for (int t = 0; t < v.Length; t++)
            {
                if (v[t] > v[best]) best = t;
            }
            m.Type = (EntityType)best;
        }
    }

    /// <summary>Sets <see cref="WorkMention.Name"/> and <see cref="WorkMention.EntityId"/>.</summary>
    public static void Group(string text, ImmutableArray<Token> tokenArray, Gazetteer gazetteer, List<WorkMention> mentions)
    {
        var tokens = tokenArray.AsSpan();
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);

        // People: the longest full name with the same last word (or, failing that, the same first word).
        var byLast = new Dictionary<string, string>(StringComparer.Ordinal);
        var byFirst = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguousFirst = new HashSet<string>(StringComparer.Ordinal);
        // Organisations: full names by acronym ("United Nations" → "UN").
        var byAcronym = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ref var m in span)
        {
            m.Name = Normalize(m.Text);
            int count = m.End - m.First;
            if (count < 2 || count > MaxNameTokens) continue;
            if (m.Type == EntityType.Person)
            {
                string last = TokenText(text, tokens[m.End - 1]);
                string first = TokenText(text, tokens[m.First]);
                if (!byLast.TryGetValue(last, out var old) || old.Length < m.Name.Length) byLast[last] = m.Name;
                if (byFirst.TryGetValue(first, out var oldFirst) && !oldFirst.EndsWith(last, StringComparison.Ordinal)) ambiguousFirst.Add(first);
                if (!byFirst.TryGetValue(first, out oldFirst) || oldFirst.Length < m.Name.Length) byFirst[first] = m.Name;
            }
            else if (m.Type == EntityType.Org)
            {
                var acronym = Acronym(text, tokens[m.First..m.End]);
                if (acronym.Length >= 2 && (!byAcronym.TryGetValue(acronym, out var old) || old.Length < m.Name.Length)) byAcronym[acronym] = m.Name;
            }
        }

        foreach (ref var m in span)
        {
            int count = m.End - m.First;
            switch (m.Type)
            {
                case EntityType.Person:
                {
                    string last = TokenText(text, tokens[m.End - 1]);
                    if (byLast.TryGetValue(last, out var full) && ContainsWords(full, m.Name)) m.Name = full;
                    else if (count == 1 && byFirst.TryGetValue(last, out full) && !ambiguousFirst.Contains(last)) m.Name = full;
                    // A well-known person called by surname alone, with no fuller form in the document.
                    else if (count == 1 && NotablePeople.TryGetFullName(last, out full)) m.Name = full;
                    break;
                }
                case EntityType.Org:
                {
                    if (count == 1)
                    {
                        var bare = m.Text.Replace(".", "", StringComparison.Ordinal);
                        if (byAcronym.TryGetValue(bare, out var full)) m.Name = full;
                    }
                    break;
                }
                case EntityType.Gpe:
                case EntityType.Loc:
                {
                    if (gazetteer.TryLookup(text, tokens[m.First..m.End], out var entry) && entry.Canonical is not null) m.Name = entry.Canonical;
                    break;
                }
            }
        }

        // Entity ids in order of first mention; one id per (type, name).
        var ids = new Dictionary<(EntityType, string), int>();
        foreach (ref var m in span)
        {
            var key = (m.Type is EntityType.Loc or EntityType.Fac ? EntityType.Gpe : m.Type, m.Name.ToUpperInvariant());
            if (!ids.TryGetValue(key, out int id)) ids[key] = id = ids.Count;
            m.EntityId = id;
        }
    }

    /// <summary>Whether every word of <paramref name="part"/> is a word of <paramref name="full"/>.</summary>
    private static bool ContainsWords(string full, string part)
    {
        var words = full.Split(' ');
        foreach (var w in part.Split(' '))
        {
            if (Array.IndexOf(words, w) < 0) return false;
        }
        return true;
    }

    private static string Acronym(string text, ReadOnlySpan<Token> tokens)
    {
        var sb = new StringBuilder();
        foreach (var t in tokens)
        {
            char c = text[t.Start];
            if (t.Kind == TokenKind.Word && char.IsUpper(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The mention with runs of whitespace (line breaks included) as single spaces.</summary>
    internal static string Normalize(string mention)
    {
        bool needs = false;
        foreach (char c in mention)
        {
            if (char.IsWhiteSpace(c) && c != ' ') { needs = true; break; }
        }
        if (!needs && !mention.Contains("  ", StringComparison.Ordinal)) return mention;
        var sb = new StringBuilder(mention.Length);
        bool space = false;
        foreach (char c in mention)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
