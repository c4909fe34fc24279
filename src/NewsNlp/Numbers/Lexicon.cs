using System.Collections.Frozen;

namespace NewsNlp;

/// <summary>
/// A frozen word list looked up by <see cref="ReadOnlySpan{T}"/> without allocating
/// (FrozenDictionary alternate lookup), case-insensitive unless asked otherwise.
/// </summary>
internal sealed class Lexicon<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The keys, as added (first spelling of each).</summary>
    public IEnumerable<string> Keys => _lookup.Dictionary.Keys;

    // A pre-filter that rejects most words in a few instructions: for each (case-folded) pair of first
    // two characters and for each last character, a bit per key length (63 and more share bit 63).
    private readonly ulong[] _firstTwoByLength = new ulong[Classes * Classes];
    private readonly ulong[] _lastByLength = new ulong[Classes];
    private const int Classes = 28;

    public Lexicon(IEnumerable<KeyValuePair<string, T>> entries, bool ignoreCase = true)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var map = new Dictionary<string, T>(comparer);
        foreach (var (key, value) in entries)
        {
            if (key.Length == 0 || !map.TryAdd(key, value)) continue; // the first spelling wins
            ulong bit = 1UL << Math.Min(key.Length, 63);
            _firstTwoByLength[Class(key[0]) * Classes + Class(key.Length > 1 ? key[1] : ' ')] |= bit;
            _lastByLength[Class(key[^1])] |= bit;
        }
        _lookup = map.ToFrozenDictionary(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>a-z (either case) are classes 0-25, digits and ASCII symbols 26, everything else 27.</summary>
    private static int Class(char c)
    {
        uint folded = (uint)(c | 0x20) - 'a';
        if (folded < 26 && c < 128) return (int)folded;
        return c < 128 ? 26 : 27;
    }

    public bool TryGet(ReadOnlySpan<char> key, out T value)
    {
        if (LexiconStats.Counting) LexiconStats.Lookups++;
        if (key.IsEmpty || !MayContain(key))
        {
            value = default!;
            return false;
        }
        return _lookup.TryGetValue(key, out value!);
    }

    public bool Contains(ReadOnlySpan<char> key)
    {
        if (LexiconStats.Counting) LexiconStats.Lookups++;
        return !key.IsEmpty && MayContain(key) && _lookup.ContainsKey(key);
    }

    private bool MayContain(ReadOnlySpan<char> key)
    {
        ulong bit = 1UL << Math.Min(key.Length, 63);
        return (_firstTwoByLength[Class(key[0]) * Classes + Class(key.Length > 1 ? key[1] : ' ')] & _lastByLength[Class(key[^1])] & bit) != 0;
    }
}

/// <summary>Counters shared by every <see cref="Lexicon{T}"/>.</summary>
internal static class LexiconStats
{
    /// <summary>
    /// Whether to count look-ups (tests only): off, nothing shared is written, so stages stay
    /// free of contention when many threads use them.
    /// </summary>
    internal static bool Counting;

    /// <summary>
    /// How many look-ups all lexicons have made while <see cref="Counting"/>: a deterministic
    /// measure of scanning work, which the linear-time tests compare across input sizes.
    /// </summary>
    internal static long Lookups;
}

/// <summary>Small helpers to read tokens as text.</summary>
internal static class TokenText
{
    public static ReadOnlySpan<char> Of(string text, in Token token) => text.AsSpan(token.Start, token.Length);

    public static bool Is(string text, in Token token, string word) =>
        token.Length == word.Length && text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the token is glued to the one before it (no whitespace between).</summary>
    public static bool Glued(in Token token) => !token.Has(TokenFlags.SpaceBefore);
}
