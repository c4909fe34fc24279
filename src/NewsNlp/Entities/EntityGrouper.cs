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

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);

    /// <summary>
    /// Finds untagged occurrences of names tagged elsewhere in the document: the same capitalised
    /// words, or the surname of a tagged full name ("Lukashenko" after "Alexander Lukashenko").
    /// </summary>
    public static void Propagate(string text, ImmutableArray<Token> tokenArray, ImmutableArray<Sentence> sentences, List<WorkMention> mentions,
        EntityScratch scratch)
    {
        if (mentions.Count == 0) return;
        var tokens = tokenArray.AsSpan();
        // Candidate names grouped by first word: up to 8 per word, in slots [8 * group, 8 * group + count).
        const int PerWord = 8;
        scratch.ClearMaps();
        var byFirst = scratch.Ranges; // first word → group
        var counts = scratch.Ints;
        counts.Clear();
        var slots = scratch.Candidates(0);

        foreach (var m in mentions)
        {
            bool sentenceStart = m.First == sentences[m.Sentence].FirstTokenIndex;
            int count = m.End - m.First;
            // A one-word name seen only at the start of a sentence may be a capitalised common word.
            if (!sentenceStart || count > 1) AddCandidate(text, tokens, new Candidate(m.First, count, m.Type));
            if (m.Type == EntityType.Person && count > 1 && count <= 4)
                AddCandidate(text, tokens, new Candidate(m.End - 1, 1, EntityType.Person));
        }
        for (int g = 0; g < counts.Count; g++)
            slots.AsSpan(g * PerWord, counts[g]).Sort((a, b) => b.Count.CompareTo(a.Count));

        var covered = scratch.Flags(tokens.Length);
        foreach (var m in mentions)
        {
            for (int k = m.First; k < m.End; k++) covered[k] = true;
        }
        var added = scratch.Other;
        added.Clear();
        int sentence = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            while (sentence + 1 < sentences.Length && sentences[sentence].TokenEnd <= i) sentence++;
            if (covered[i] || tokens[i].Kind != TokenKind.Word || (tokens[i].Flags & TokenFlags.Capitalized) == 0) continue;
            if (!byFirst.TryGetValue(TextRange.Of(tokens[i]), out int group)) continue;
            foreach (var candidate in slots.AsSpan(group * PerWord, counts[group]))
            {
                int end = i + candidate.Count;
                if (end > tokens.Length) continue;
                bool match = true;
                for (int k = 0; k < candidate.Count && match; k++)
                {
                    match = !covered[i + k] && Word(text, tokens[i + k]).SequenceEqual(Word(text, tokens[candidate.First + k]));
                }
                // Not the first half of a longer capitalised run ("Minsk Tractor Works"), nor a word right before
                // another mention ("South" of "South Korean" when only "Korean" was tagged).
                if (match && end < tokens.Length && tokens[end].Kind == TokenKind.Word && (tokens[end].Flags & TokenFlags.Capitalized) != 0
                    && (tokens[end].Flags & TokenFlags.SpaceBefore) != 0 && (tokens[i].Flags & TokenFlags.AllCaps) == 0)
                    match = false;
                if (!match) continue;
                added.Add(new WorkMention
                {
                    First = i, End = end, Type = candidate.Type, Sentence = sentence,
                    Text = text[tokens[i].Start..tokens[end - 1].End],
                });
                for (int k = i; k < end; k++) covered[k] = true;
                i = end - 1;
                break;
            }
        }
        scratch.ClearMaps();
        if (added.Count == 0) return;
        mentions.AddRange(added);
        added.Clear();
        mentions.Sort((a, b) => a.First.CompareTo(b.First));

        void AddCandidate(string text, ReadOnlySpan<Token> tokens, Candidate candidate)
        {
            if (candidate.Count == 0 || candidate.Count > MaxNameTokens) return;
            for (int k = candidate.First; k < candidate.First + candidate.Count; k++)
            {
                if (!char.IsUpper(text[tokens[k].Start])) return; // only capitalised names
            }
            if (candidate.Count == 1 && tokens[candidate.First].Length < 2) return;
            var first = TextRange.Of(tokens[candidate.First]);
            if (byFirst.TryGetValue(first, out int group))
            {
                // Each name once per type.
                foreach (var other in slots.AsSpan(group * PerWord, counts[group]))
                {
                    if (other.Type == candidate.Type && SameWords(text, tokens, other, candidate)) return;
                }
                if (counts[group] >= PerWord) return;
            }
            else
            {
                group = counts.Count;
                byFirst.Add(first, group);
                counts.Add(0);
                slots = scratch.Candidates(counts.Count * PerWord);
            }
            slots[group * PerWord + counts[group]] = candidate;
            counts[group]++;
        }
    }

    private static bool SameWords(string text, ReadOnlySpan<Token> tokens, Candidate a, Candidate b)
    {
        if (a.Count != b.Count) return false;
        for (int k = 0; k < a.Count; k++)
        {
            if (!Word(text, tokens[a.First + k]).SequenceEqual(Word(text, tokens[b.First + k]))) return false;
        }
        return true;
    }

    /// <summary>
    /// Gives every mention with the same text the same type (the most frequent; the first on ties),
    /// and makes a one-word mention that is the surname of a tagged person a person (also the given name,
    /// when it was typed ORG or MISC).
    /// </summary>
    public static void UnifyTypes(string text, ImmutableArray<Token> tokens, List<WorkMention> mentions, EntityScratch scratch)
    {
        scratch.ClearMaps();
        var surnames = scratch.RangeSet;
        var firstNames = scratch.RangeStrings2; // used as a set: the values are unused
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Person && m.End - m.First > 1)
            {
                int space = m.Text.LastIndexOf(' ');
                if (space > 0) surnames.Add(new TextRange(tokens[m.First].Start + space + 1, m.Text.Length - space - 1));
                int firstSpace = m.Text.IndexOf(' ');
                if (firstSpace > 0) firstNames.TryAdd(new TextRange(tokens[m.First].Start, firstSpace), string.Empty);
            }
        }
        // Per distinct text, at votes[at..(at + 8)] two votes a mention of each type, and at votes[at + 8]
        // the type of its first mention: ties go to it.
        const int Slots = 9;
        var index = scratch.Ranges;
        var votes = scratch.Ints;
        votes.Clear();
        foreach (var m in mentions)
        {
            var key = new TextRange(tokens[m.First].Start, m.Text.Length);
            if (!index.TryGetValue(key, out int at))
            {
                at = votes.Count;
                index.Add(key, at);
                for (int k = 0; k < Slots; k++) votes.Add(0);
                votes[at + 8] = (int)m.Type;
            }
            votes[at + (int)m.Type] += 2;
        }
        var v = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(votes);
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
        foreach (ref var m in span)
        {
            var key = new TextRange(tokens[m.First].Start, m.Text.Length);
            if (m.End - m.First == 1 && surnames.Contains(key))
            {
                m.Type = EntityType.Person;
                continue;
            }
            int at = index[key];
            int best = v[at + 8];
            for (int t = 0; t < 8; t++)
            {
                if (v[at + t] > v[at + best]) best = t;
            }
            // A given name used alone, where the document names the person in full ("Saddam Hussein … Saddam"),
            // is that person rather than the organisation or misc the tagger may call it.
            if (best is (int)EntityType.Org or (int)EntityType.Misc && m.End - m.First == 1 && firstNames.ContainsKey(key))
                best = (int)EntityType.Person;
            m.Type = (EntityType)best;
        }
        votes.Clear();
        scratch.ClearMaps();
    }

    /// <summary>Sets <see cref="WorkMention.Name"/> and <see cref="WorkMention.EntityId"/>.</summary>
    public static void Group(string text, ImmutableArray<Token> tokenArray, Gazetteer gazetteer, List<WorkMention> mentions, EntityScratch scratch)
    {
        var tokens = tokenArray.AsSpan();
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
        scratch.ClearMaps();

        // People: the longest full name with the same last word (or, failing that, the same first word).
        var byLast = scratch.RangeStrings;
        var byFirst = scratch.RangeStrings2;
        var ambiguousFirst = scratch.RangeSet;
        // Organisations: full names by acronym ("United Nations" → "UN").
        var byAcronym = scratch.Strings.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> acronymBuffer = stackalloc char[MaxNameTokens];
        foreach (ref var m in span)
        {
            m.Name = Normalize(m.Text);
            int count = m.End - m.First;
            if (count < 2 || count > MaxNameTokens) continue;
            if (m.Type == EntityType.Person)
            {
                var last = TextRange.Of(tokens[m.End - 1]);
                var first = TextRange.Of(tokens[m.First]);
                if (!byLast.TryGetValue(last, out var old) || old.Length < m.Name.Length) byLast[last] = m.Name;
                if (byFirst.TryGetValue(first, out var oldFirst) && !oldFirst.AsSpan().EndsWith(Word(text, tokens[m.End - 1]), StringComparison.Ordinal))
                    ambiguousFirst.Add(first);
                if (!byFirst.TryGetValue(first, out oldFirst) || oldFirst.Length < m.Name.Length) byFirst[first] = m.Name;
            }
            else if (m.Type == EntityType.Org)
            {
                var acronym = Acronym(text, tokens[m.First..m.End], acronymBuffer);
                if (acronym.Length >= 2 && (!byAcronym.TryGetValue(acronym, out var old) || old.Length < m.Name.Length)) byAcronym[acronym] = m.Name;
            }
        }

        Span<char> bareBuffer = stackalloc char[64];
        foreach (ref var m in span)
        {
            int count = m.End - m.First;
            switch (m.Type)
            {
                case EntityType.Person:
                {
                    var last = TextRange.Of(tokens[m.End - 1]);
                    if (byLast.TryGetValue(last, out var full) && ContainsWords(full, m.Name)) m.Name = full;
                    else if (count == 1 && byFirst.TryGetValue(last, out full) && !ambiguousFirst.Contains(last)) m.Name = full;
                    // A well-known person called by surname alone, with no fuller form in the document.
                    else if (count == 1 && NotablePeople.TryGetFullName(Word(text, tokens[m.End - 1]), out full)) m.Name = full;
                    break;
                }
                case EntityType.Org:
                {
                    if (count == 1 && byAcronym.Dictionary.Count > 0)
                    {
                        // The mention without its dots ("U.N." → "UN").
                        scoped ReadOnlySpan<char> bare = m.Text;
                        if (bare.Contains('.'))
                            bare = bare.Length <= bareBuffer.Length ? WithoutDots(bare, bareBuffer) : m.Text.Replace(".", "", StringComparison.Ordinal);
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

        // Entity ids in order of first mention; one id per (type, name), names compared upper-cased.
        var ids = scratch.Names;
        foreach (ref var m in span)
        {
            var key = (m.Type is EntityType.Loc or EntityType.Fac ? EntityType.Gpe : m.Type, m.Name);
            if (!ids.TryGetValue(key, out int id)) ids[key] = id = ids.Count;
            m.EntityId = id;
        }
        scratch.ClearMaps();
    }

    private static ReadOnlySpan<char> WithoutDots(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in word)
        {
            if (c != '.') buffer[n++] = c;
        }
        return buffer[..n];
    }

    /// <summary>Whether every word of <paramref name="part"/> is a word of <paramref name="full"/>.</summary>
    private static bool ContainsWords(string full, string part)
    {
        foreach (var p in part.AsSpan().Split(' '))
        {
            var word = part.AsSpan(p);
            bool found = false;
            foreach (var f in full.AsSpan().Split(' '))
            {
                if (full.AsSpan(f).SequenceEqual(word))
                {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /// <summary>The capital initials of the words (at most one a token, so <paramref name="buffer"/> needs one char a token).</summary>
    private static ReadOnlySpan<char> Acronym(string text, ReadOnlySpan<Token> tokens, Span<char> buffer)
    {
        int n = 0;
        foreach (var t in tokens)
        {
            char c = text[t.Start];
            if (t.Kind == TokenKind.Word && char.IsUpper(c)) buffer[n++] = c;
        }
        return buffer[..n];
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
