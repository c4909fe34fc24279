using System.Collections.Immutable;

namespace NewsNlp.Entities;

/// <summary>
/// Corrections after tagging that use the gazetteer and the words around a mention: countries tagged
/// as organisations, names right after "agency" or "newspaper", demonyms the tagger missed, and
/// two known names joined by "and" that were tagged as one.
/// </summary>
internal static class EntityRules
{
    // Words that, just before a name, say the name is an organisation ("state news agency Belta").
    private static readonly HashSet<string> s_orgCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "newspaper", "daily", "weekly", "broadcaster", "tabloid", "magazine", "channel", "network", "website",
        "outlet", "company", "firm", "carrier", "airline", "automaker", "carmaker", "bank", "lender", "insurer", "retailer",
        "manufacturer", "maker", "conglomerate", "giant", "group", "party", "movement", "organisation", "organization",
        "union", "club", "team", "startup", "publisher", "studio", "label", "watchdog", "regulator", "ministry",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_orgCuesBySpan = s_orgCues.GetAlternateLookup<ReadOnlySpan<char>>();

    private const GazetteerCategory Political = GazetteerCategory.Country | GazetteerCategory.UsState;

    private const GazetteerCategory Places = GazetteerCategory.Country | GazetteerCategory.UsState | GazetteerCategory.Capital
        | GazetteerCategory.CityLarge | GazetteerCategory.CitySmall | GazetteerCategory.Region;

    /// <summary>Fixes types from the gazetteer and the word before each mention.</summary>
    public static void FixTypes(string text, ReadOnlySpan<Token> tokens, Gazetteer gazetteer, List<WorkMention> mentions)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
        foreach (ref var m in span)
        {
            var categories = gazetteer.TryLookup(text, tokens[m.First..m.End], out var entry) ? entry.Categories : GazetteerCategory.None;
            if (m.Type == EntityType.Org && (categories & Political) != 0 && (categories & GazetteerCategory.Group) == 0)
            {
                m.Type = EntityType.Gpe;
                continue;
            }
            if ((categories & GazetteerCategory.Organization) != 0 && (categories & Political) == 0)
            {
                m.Type = EntityType.Org; // "U.N.", "EU", "NATO"
                continue;
            }
            if (m.Type is EntityType.Org or EntityType.Gpe && (categories & GazetteerCategory.Demonym) != 0 && (categories & Political) == 0)
            {
                m.Type = EntityType.Norp; // "Western", "Rohingya"
                continue;
            }
            if ((categories & GazetteerCategory.Event) != 0)
            {
                m.Type = EntityType.Event;
                continue;
            }
            if (m.Type == EntityType.Misc && (categories & (Political | GazetteerCategory.Capital | GazetteerCategory.CityLarge)) != 0
                && (categories & (GazetteerCategory.Demonym | GazetteerCategory.Group)) == 0)
            {
                m.Type = EntityType.Gpe; // "France" tagged MISC
                continue;
            }
            if (m.First > 0 && m.Type is EntityType.Gpe or EntityType.Loc or EntityType.Misc or EntityType.Person
                && (m.Type != EntityType.Person || m.End - m.First == 1) && (categories & Places) == 0)
            {
                var before = tokens[m.First - 1];
                if (before.Kind == TokenKind.Word && s_orgCuesBySpan.Contains(text.AsSpan(before.Start, before.Length))
                    && !char.IsUpper(text[before.Start]))
                    m.Type = EntityType.Org;
            }
        }
    }

    /// <summary>
    /// Coordinated names agree in type: in "Putin and Zelensky" or "Trump and Zelensky's", a name the
    /// tagger called a place but that no place list knows becomes a person when the other name is a person.
    /// </summary>
    public static void AgreeCoordinations(string text, ReadOnlySpan<Token> tokens, Gazetteer gazetteer, List<WorkMention> mentions)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
        for (int i = 0; i + 1 < span.Length; i++)
        {
            ref var a = ref span[i];
            ref var b = ref span[i + 1];
            if (b.First != a.End + 1) continue;
            var between = tokens[a.End];
            var word = text.AsSpan(between.Start, between.Length);
            if (!(word.SequenceEqual("and") || word.SequenceEqual("or") || word.SequenceEqual(","))) continue;
            if (a.Type == EntityType.Person && IsUnknownPlace(text, tokens, gazetteer, b)) b.Type = EntityType.Person;
            else if (b.Type == EntityType.Person && IsUnknownPlace(text, tokens, gazetteer, a)) a.Type = EntityType.Person;
        }
    }

    private static bool IsUnknownPlace(string text, ReadOnlySpan<Token> tokens, Gazetteer gazetteer, in WorkMention m) =>
        m.Type is EntityType.Gpe or EntityType.Loc && m.End - m.First <= 3
        && (!gazetteer.TryLookup(text, tokens[m.First..m.End], out var entry) || (entry.Categories & Places) == 0);

    private static readonly HashSet<string> s_honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "Madam", "Mx", "Mx.",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_honorificsBySpan = s_honorifics.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Takes titles off the start of a mention ("Ms Buchtmann" → "Buchtmann", "President Biden" → "Biden");
    /// after an honorific the rest is a person. Titles stay available as descriptors.
    /// </summary>
    public static void TrimLeadingTitles(string text, ReadOnlySpan<Token> tokens, Gazetteer gazetteer, List<WorkMention> mentions)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
        foreach (ref var m in span)
        {
            bool honorific = false;
            int first = m.First;
            while (first < m.End - 1)
            {
                var t = tokens[first];
                if (t.Kind != TokenKind.Word || (t.Flags & TokenFlags.Capitalized) == 0) break;
                if (s_honorificsBySpan.Contains(text.AsSpan(t.Start, t.Length))) honorific = true;
                else if (m.Type != EntityType.Person // "General Motors" keeps its first word
                    || !(gazetteer.TryLookup(text, tokens[first..(first + 1)], out var entry) && entry.Categories == GazetteerCategory.Title)) break;
                first++;
            }
            if (first == m.First || !char.IsUpper(text[tokens[first].Start])) continue;
            m.First = first;
            m.Text = text[tokens[first].Start..tokens[m.End - 1].End];
            if (honorific) m.Type = EntityType.Person;
        }
    }

    /// <summary>
    /// Takes a title off the end of an organisation right before a person's name:
    /// "NATO Secretary-General Mark Rutte" → "NATO" + "Mark Rutte" (the title stays a descriptor).
    /// </summary>
    public static void TrimTitlesBeforePeople(string text, ReadOnlySpan<Token> tokens, Gazetteer gazetteer, List<WorkMention> mentions)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
        for (int i = 0; i + 1 < span.Length; i++)
        {
            ref var a = ref span[i];
            if (a.Type == EntityType.Person || span[i + 1].Type != EntityType.Person || span[i + 1].First != a.End) continue;
            int end = a.End;
            while (end > a.First + 1)
            {
                var t = tokens[end - 1];
                bool title = (t.Flags & TokenFlags.Dash) != 0
                    || (t.Kind == TokenKind.Word && gazetteer.TryLookup(text, tokens[(end - 1)..end], out var entry) && (entry.Categories & GazetteerCategory.Title) != 0);
                if (!title) break;
                end--;
            }
            if (end == a.End || end <= a.First) continue;
            a.End = end;
            a.Text = text[tokens[a.First].Start..tokens[end - 1].End];
        }
    }

    private static readonly HashSet<string> s_articles = new(StringComparer.Ordinal) { "the", "a", "an" };

    private static readonly HashSet<string> s_warWords = new(StringComparer.Ordinal)
    {
        "War", "Wars", "Revolution", "Uprising", "Intifada", "Massacre", "Genocide", "Olympics", "Paralympics", "Championships",
    };

    private static readonly HashSet<string> s_lawWords = new(StringComparer.Ordinal)
    {
        "Act", "Treaty", "Accords", "Agreement", "Convention", "Protocol", "Amendment", "Charter", "Doctrine", "Directive",
    };

    // Heads that make a facility even of a name the tagger called an organisation (not "Church", "Hospital", "Hotel").
    private static readonly HashSet<string> s_orgFacilityHeads = new(StringComparer.Ordinal)
    {
        "Stadium", "Arena", "Airport", "Airbase", "Bridge", "Road", "Street", "Avenue", "Boulevard", "Highway", "Motorway",
        "Freeway", "Tunnel", "Dam", "Canal", "Tower", "Towers", "Square", "Palace",
    };

    private static readonly HashSet<string> s_stormWords = new(StringComparer.Ordinal) { "Hurricane", "Typhoon", "Cyclone", "Storm", "HURRICANE", "TYPHOON", "CYCLONE", "STORM" };

    // Span views of the word sets above: look words up in the text without building strings.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_articlesBySpan = s_articles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_warWordsBySpan = s_warWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lawWordsBySpan = s_lawWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_orgFacilityHeadsBySpan = s_orgFacilityHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_stormWordsBySpan = s_stormWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static ReadOnlySpan<char> Word(string text, Token t) => text.AsSpan(t.Start, t.Length);

    /// <summary>
    /// Named storms are events ("Hurricane Milton"), and a name that is only a piece of a title
    /// ("State" in "Secretary of State") is not a mention.
    /// </summary>
    public static void FixStormsAndTitles(string text, ReadOnlySpan<Token> tokens, Gazetteer gazetteer, List<WorkMention> mentions)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions);
        int removed = 0;
        for (int i = 0; i < span.Length; i++)
        {
            ref var m = ref span[i];
            // Lower-case words at the edges are not part of a name: "the Bay of Bengal", "southern Finland",
            // "Republican Party nominee" (but "al-Qaida", "van Gogh" and caseless text keep theirs).
            bool hasCapital = false;
            for (int k = m.First; k < m.End && !hasCapital; k++) hasCapital = char.IsUpper(text[tokens[k].Start]);
            if (hasCapital)
            {
                int first = m.First, end = m.End;
                while (end - first > 1 && IsLowerWord(text, tokens[end - 1]) && (tokens[end - 1].Flags & TokenFlags.SpaceBefore) != 0) end--;
                while (end - first > 1 && IsLowerWord(text, tokens[first])
                    && (s_articlesBySpan.Contains(Word(text, tokens[first])) || tokens[first].Length >= 4)
                    && (tokens[first + 1].Flags & TokenFlags.SpaceBefore) != 0)
                    first++;
                if (first != m.First || end != m.End)
                {
                    m.First = first;
                    m.End = end;
                    m.Text = text[tokens[first].Start..tokens[end - 1].End];
                }
            }
            if (m.End - m.First > 1 && s_stormWordsBySpan.Contains(Word(text, tokens[m.First])))
            {
                m.Type = EntityType.Event;
            }
            else if (m.Type is EntityType.Org or EntityType.Gpe or EntityType.Loc && m.End - m.First > 1
                && s_warWordsBySpan.Contains(Word(text, tokens[m.End - 1])))
            {
                m.Type = EntityType.Event; // "Vietnam War", "Arab Spring"
            }
            else if (m.Type is EntityType.Org or EntityType.Gpe or EntityType.Loc && m.End - m.First > 1
                && s_lawWordsBySpan.Contains(Word(text, tokens[m.End - 1])))
            {
                m.Type = EntityType.Misc; // laws and treaties: "Clean Air Act", "Paris Agreement"
            }
            else if (m.Type == EntityType.Org && m.End - m.First > 1
                && s_orgFacilityHeadsBySpan.Contains(Word(text, tokens[m.End - 1])))
            {
                m.Type = EntityType.Fac; // "Fisht Stadium", "Castlefrank Road"
            }
            else if (m.First > 0 && tokens[m.First - 1].Kind == TokenKind.Word
                && s_stormWordsBySpan.Contains(Word(text, tokens[m.First - 1]))
                && (i == 0 || span[i - 1].End < m.First))
            {
                m.First--;
                m.Type = EntityType.Event;
                m.Text = text[tokens[m.First].Start..tokens[m.End - 1].End];
            }
            else if (m.Type != EntityType.Person && InsideTitle(text, tokens, gazetteer, m.First, m.End))
            {
                m.End = m.First; // marked for removal
                removed++;
            }
        }
        if (removed > 0) mentions.RemoveAll(m => m.End == m.First);
    }

    private static bool IsLowerWord(string text, Token t) => t.Kind == TokenKind.Word && char.IsLower(text[t.Start]);

    private static bool InsideTitle(string text, ReadOnlySpan<Token> tokens, Gazetteer gazetteer, int first, int end)
    {
        for (int before = 1; before <= 3 && first - before >= 0; before++)
        {
            for (int after = 0; after <= 1 && end + after <= tokens.Length; after++)
            {
                if (gazetteer.TryLookup(text, tokens[(first - before)..(end + after)], out var entry)
                    && (entry.Categories & GazetteerCategory.Title) != 0 && entry.Categories == GazetteerCategory.Title)
                    return true;
            }
        }
        return false;
    }

    /// <summary>Adds nationalities the tagger missed: a capitalised demonym outside every mention ("European").</summary>
    public static void AddDemonyms(string text, ImmutableArray<Token> tokenArray, ImmutableArray<Sentence> sentences, Gazetteer gazetteer,
        List<WorkMention> mentions, EntityScratch scratch)
    {
        var tokens = tokenArray.AsSpan();
        var covered = scratch.Flags(tokens.Length);
        foreach (var m in mentions)
        {
            for (int k = m.First; k < m.End; k++) covered[k] = true;
        }
        var added = scratch.Other;
        added.Clear();
        for (int s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            int allCaps = 0, words = 0;
            for (int i = sentence.FirstTokenIndex; i < sentence.TokenEnd; i++)
            {
                if (tokens[i].Kind != TokenKind.Word) continue;
                words++;
                if ((tokens[i].Flags & TokenFlags.AllCaps) != 0) allCaps++;
            }
            if (words >= 3 && allCaps * 2 > words) continue; // headlines: leave it to the tagger
            for (int i = sentence.FirstTokenIndex; i < sentence.TokenEnd; i++)
            {
                var t = tokens[i];
                if (covered[i] || t.Kind != TokenKind.Word || (t.Flags & TokenFlags.Capitalized) == 0 || (t.Flags & TokenFlags.AllCaps) != 0) continue;
                int end = i + 1;
                // Two-word demonyms ("South Korean") first.
                if (end < sentence.TokenEnd && !covered[end] && gazetteer.TryLookup(text, tokens[i..(end + 1)], out var two)
                    && (two.Categories & GazetteerCategory.Demonym) != 0)
                    end++;
                else if (!gazetteer.TryLookup(text, tokens[i..end], out var one) || (one.Categories & GazetteerCategory.Demonym) == 0)
                    continue;
                // Not the first word of a longer capitalised name ("American Airlines", "Russian Orthodox Church").
                if (end < sentence.TokenEnd && tokens[end].Kind == TokenKind.Word && (tokens[end].Flags & TokenFlags.Capitalized) != 0) continue;
                if (i > sentence.FirstTokenIndex && tokens[i - 1].Kind == TokenKind.Word && (tokens[i - 1].Flags & TokenFlags.Capitalized) != 0
                    && i - 1 != sentence.FirstTokenIndex) continue;
                added.Add(new WorkMention
                {
                    First = i, End = end, Type = EntityType.Norp, Sentence = s,
                    Text = text[t.Start..tokens[end - 1].End],
                });
                i = end - 1;
            }
        }
        if (added.Count == 0) return;
        mentions.AddRange(added);
        added.Clear();
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    /// <summary>
    /// Splits a mention "A and B" when A and B are both names known on their own (tagged elsewhere in the
    /// document, a surname of a tagged person, or a country or city): "Putin and Zelensky"; and splits at
    /// a possessive, which never belongs inside a name: "Saudi Arabia's Civil Defense Authority".
    /// </summary>
    public static void SplitCoordinations(string text, ImmutableArray<Token> tokens, Gazetteer gazetteer, List<WorkMention> mentions,
        EntityScratch scratch)
    {
        scratch.ClearMaps();
        var known = scratch.Ranges; // name text → type
        foreach (var m in mentions)
        {
            if (m.End - m.First == 1 || !m.Text.Contains(" and ", StringComparison.Ordinal))
                known.TryAdd(TextRange.Between(tokens[m.First], tokens[m.End - 1]), (int)m.Type);
            if (m.Type == EntityType.Person && m.End - m.First > 1)
                known.TryAdd(TextRange.Of(tokens[m.End - 1]), (int)EntityType.Person);
        }
        List<WorkMention>? result = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            int and = -1, possessive = -1;
            for (int k = m.First + 1; k < m.End - 1; k++)
            {
                if ((tokens[k].Flags & TokenFlags.Clitic) != 0 && possessive < 0) possessive = k;
                else if (and < 0 && tokens[k].Kind == TokenKind.Word && text.AsSpan(tokens[k].Start, tokens[k].Length).SequenceEqual("and")) and = k;
            }
            if (possessive > 0)
            {
                // "Saudi Arabia's Civil Defense Authority" → "Saudi Arabia" + "Civil Defense Authority".
                result ??= StartResult(i);
                var left = TypeOf(m.First, possessive) ?? m.Type;
                result.Add(new WorkMention { First = m.First, End = possessive, Type = left, Sentence = m.Sentence, Text = text[tokens[m.First].Start..tokens[possessive - 1].End] });
                int rightFirst = possessive + 1;
                if (rightFirst < m.End && (m.End - rightFirst >= 2 || TypeOf(rightFirst, m.End) is not null))
                {
                    var right = TypeOf(rightFirst, m.End) ?? (EntityTypes.HasFacilityHead(text, tokens[m.End - 1]) ? EntityType.Fac : m.Type);
                    result.Add(new WorkMention { First = rightFirst, End = m.End, Type = right, Sentence = m.Sentence, Text = text[tokens[rightFirst].Start..tokens[m.End - 1].End] });
                }
                continue;
            }
            if (and < 0 || !(TypeOf(m.First, and) is { } leftType) || !(TypeOf(and + 1, m.End) is { } rightType))
            {
                result?.Add(m);
                continue;
            }
            result ??= StartResult(i);
            result.Add(new WorkMention { First = m.First, End = and, Type = leftType, Sentence = m.Sentence, Text = text[tokens[m.First].Start..tokens[and - 1].End] });
            result.Add(new WorkMention { First = and + 1, End = m.End, Type = rightType, Sentence = m.Sentence, Text = text[tokens[and + 1].Start..tokens[m.End - 1].End] });
        }
        scratch.ClearMaps();
        if (result is null) return;
        mentions.Clear();
        mentions.AddRange(result);
        result.Clear();

        List<WorkMention> StartResult(int count)
        {
            var list = scratch.Other;
            list.Clear();
            list.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(mentions)[..count]);
            return list;
        }

        EntityType? TypeOf(int first, int end)
        {
            if (known.TryGetValue(TextRange.Between(tokens[first], tokens[end - 1]), out int type)) return (EntityType)type;
            if (gazetteer.TryLookup(text, tokens.AsSpan()[first..end], out var entry) && (entry.Categories & Places) != 0) return EntityType.Gpe;
            return null;
        }
    }
}
