using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>Words that keep their period as part of the token ("Mr.", "Gen.", "Jan.") and whether they can end a sentence.</summary>
internal static class Abbreviations
{
    // Titles and name parts precede a name: they never end a sentence.
    private static readonly string[] s_titles =
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt",
        "Adm", "Cmdr", "Brig", "Rep", "Reps", "Sen", "Sens", "Gov", "Pres", "Supt", "Insp", "Rev", "Hon", "Fr", "Sr", "Sra", "Mt", "Ft",
        "St", "Ste", "Det", "Atty", "Amb", "Lieut", "Cdr", "Comdr", "Rt", "Sec", "Secy", "Pt", "Vol", "vol", "Nos", "Fig", "fig",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "vs", "v", "approx", "ca", "cf", "pp", "p", "No", "no", "Nr", "Nos",
    ];

    // These can end a sentence ("… Apple Inc. The company said").
    private static readonly string[] s_others =
    [
        "Inc", "Corp", "Ltd", "Co", "Bros", "Jr", "Plc", "Cos", "etc", "Ave", "Blvd", "Rd", "Sq", "Dept", "Univ", "Assn", "Intl",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mich", "Minn",
        "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
        "al", "est", "Est", "oz", "lb", "lbs", "yrs", "hrs", "sq",
    ];

    private static readonly FrozenDictionary<string, bool> s_canEndSentence = Build();

    private static readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_canEndSentence.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, bool> Build()
    {
        var map = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var word in s_others) map[word] = true;
        foreach (var word in s_titles) map[word] = false;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Whether <paramref name="word"/> (without its period) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => s_lookup.ContainsKey(word);

    /// <summary>Whether a known abbreviation may also end a sentence ("Inc.", "Calif.") rather than never ("Mr.", "Jan.").</summary>
    public static bool CanEndSentence(ReadOnlySpan<char> word) => !s_lookup.TryGetValue(word, out bool canEnd) || canEnd;

    /// <summary>Abbreviations that need a following digit to be one ("No. 5", "in. 3" is not, "p. 12").</summary>
    public static bool NeedsDigitAfter(ReadOnlySpan<char> word) =>
        word is "No" or "no" or "Nr" or "Nos" or "p" or "pp" or "vol" or "Vol" or "fig" or "Fig" or "est" or "Est";
}
