namespace NewsNlp.Entities;

/// <summary>
/// Turns the tagger's coarse types (PER, ORG, LOC, MISC) into the contract's types with the
/// gazetteer and head words: LOC → GPE / LOC / FAC, MISC → NORP / EVENT / MISC, ORG → ORG / FAC.
/// </summary>
internal static class EntityTypes
{
    // Last words of non-political places.
    private static readonly HashSet<string> s_locHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Sea", "Ocean", "River", "Lake", "Mountains", "Mountain", "Mount", "Hills", "Valley", "Desert", "Peninsula",
        "Gulf", "Bay", "Strait", "Straits", "Coast", "Basin", "Delta", "Plateau", "Plain", "Plains", "Forest", "Region",
        "Continent", "Channel", "Archipelago", "Glacier", "Canyon", "Highlands", "Lowlands", "Steppe", "Corridor",
    };

    // Last words of facilities: buildings, airports, roads, bridges.
    private static readonly HashSet<string> s_facHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "Airport", "Airbase", "Bridge", "Stadium", "Arena", "Tower", "Towers", "Palace", "Cathedral", "Mosque", "Church",
        "Temple", "Synagogue", "Prison", "Jail", "Penitentiary", "Station", "Terminal", "Highway", "Motorway", "Freeway",
        "Road", "Street", "Avenue", "Boulevard", "Square", "Dam", "Canal", "Tunnel", "Port", "Harbour", "Harbor",
        "Building", "Hall", "Plant", "Reactor", "Mall", "Hotel", "Castle", "Fort", "Memorial", "Monument", "Base",
    };

    // Words that make a MISC name an event.
    private static readonly HashSet<string> s_eventWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "War", "Wars", "Olympics", "Olympic", "Paralympics", "Paralympic", "Games", "Cup", "Summit", "Championship", "Championships", "Revolution",
        "Festival", "Election", "Elections", "Uprising", "Intifada", "Massacre", "Genocide", "Crisis", "Conference",
        "Expo", "Marathon", "Open", "Grand", "Prix", "Hurricane", "Typhoon", "Cyclone", "Storm", "Tournament", "Derby",
        "Spring", "Battle", "Siege", "Offensive", "Accords", "Accord",
    };

    // Span views of the word sets: look words up in the text without building strings.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_locHeadsBySpan = s_locHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_facHeadsBySpan = s_facHeads.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_eventWordsBySpan = s_eventWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The contract type of a mention, or null to drop it.</summary>
    public static EntityType? Refine(string text, ReadOnlySpan<Token> tokens, CoarseType coarse, Gazetteer gazetteer)
    {
        var categories = gazetteer.TryLookup(text, tokens, out var entry) ? entry.Categories : GazetteerCategory.None;
        var last = text.AsSpan(tokens[^1].Start, tokens[^1].Length);
        int firstCapital = 0;
        while (firstCapital < tokens.Length - 1 && !char.IsUpper(text[tokens[firstCapital].Start])) firstCapital++; // skip "the"
        var firstWord = text.AsSpan(tokens[firstCapital].Start, tokens[firstCapital].Length);
        const GazetteerCategory Political = GazetteerCategory.Country | GazetteerCategory.Capital | GazetteerCategory.CityLarge
            | GazetteerCategory.CitySmall | GazetteerCategory.UsState;

        switch (coarse)
        {
            case CoarseType.Per:
                // A lone title ("President") is not a person.
                if (tokens.Length == 1 && (categories & GazetteerCategory.Title) != 0 && (categories & GazetteerCategory.FirstName) == 0) return null;
                return EntityType.Person;

            case CoarseType.Org:
                if ((categories & GazetteerCategory.Facility) != 0) return EntityType.Fac;
                return EntityType.Org;

            case CoarseType.Loc:
                if ((categories & GazetteerCategory.Facility) != 0) return EntityType.Fac;
                if ((categories & GazetteerCategory.Region) != 0) return EntityType.Loc;
                if ((categories & Political) != 0) return EntityType.Gpe;
                if ((categories & (GazetteerCategory.Demonym | GazetteerCategory.Group)) != 0) return EntityType.Norp;
                if (tokens.Length > 1 && s_facHeadsBySpan.Contains(last)) return EntityType.Fac;
                if (tokens.Length > 1 && (s_locHeadsBySpan.Contains(last) || s_locHeadsBySpan.Contains(firstWord))) return EntityType.Loc;
                return EntityType.Gpe;

            default:
                if ((categories & GazetteerCategory.Facility) != 0) return EntityType.Fac;
                if ((categories & (GazetteerCategory.Demonym | GazetteerCategory.Group)) != 0) return EntityType.Norp;
                if ((categories & GazetteerCategory.Event) != 0) return EntityType.Event;
                for (int i = 0; i < tokens.Length; i++)
                {
                    if (s_eventWordsBySpan.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)) && tokens.Length > 1) return EntityType.Event;
                }
                if (tokens.Length == 1 && LooksLikeDemonym(last)) return EntityType.Norp;
                return EntityType.Misc;
        }
    }

    /// <summary>Whether a word is the head of a facility name ("Mosque", "Airport").</summary>
    public static bool HasFacilityHead(string text, Token last) => s_facHeadsBySpan.Contains(text.AsSpan(last.Start, last.Length));

    /// <summary>A capitalised adjective with a nationality ending ("Belarusian", "Nepalese", "Kurdish", "Iraqi").</summary>
    private static bool LooksLikeDemonym(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0])) return false;
        var w = word.EndsWith('s') ? word[..^1] : word;
        return w.EndsWith("ian", StringComparison.Ordinal) || w.EndsWith("ean", StringComparison.Ordinal)
            || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ish", StringComparison.Ordinal)
            || w.EndsWith("an", StringComparison.Ordinal) || (w.EndsWith('i') && w.Length > 4);
    }
}
