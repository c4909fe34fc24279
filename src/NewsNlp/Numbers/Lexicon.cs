using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace NewsNlp;

/// <summary>
/// A word list looked up by <see cref="ReadOnlySpan{T}"/> without allocating, case-insensitive
/// unless asked otherwise. Built for the common case, a word that is not in the list: a bit table
/// keyed by length, first and last character rejects most words in a few instructions, and the rest
/// go to a small open-addressing table hashed on a few characters (ASCII case folded by one OR),
/// which compares at most a couple of keys. Words whose hashed characters are not ASCII take a
/// frozen dictionary, so non-ASCII case folding stays exactly that of the comparer.
/// </summary>
internal sealed class Lexicon<T>
{
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>The keys, as added (first spelling of each).</summary>
    public IEnumerable<string> Keys => _lookup.Dictionary.Keys;

    // ASCII letters are folded to lower case by OR-ing 0x20 (0 for a case-sensitive list).
    private readonly char _fold;

    private readonly StringComparison _comparison;

    // Pre-filter: for each (length up to 15, first and second character & 31), hashed into
    // FilterSize buckets, a bit per (last character & 31). Rejects "the" for a list holding "tue".
    private readonly uint[] _filter = new uint[FilterSize];
    private const int FilterSize = 2048;

    // Open addressing: slot -> entry index + 1 (0 = empty); a power-of-two size at least 4x the keys.
    private readonly ushort[] _slots;
    private readonly string[] _keys;
    private readonly string[] _folded;
    private readonly T[] _values;
    private readonly int _mask;

    public Lexicon(IEnumerable<KeyValuePair<string, T>> entries, bool ignoreCase = true)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        _fold = ignoreCase ? (char)0x20 : (char)0;
        var map = new Dictionary<string, T>(comparer);
        var keys = new List<string>();
        foreach (var (key, value) in entries)
        {
            if (key.Length == 0 || !map.TryAdd(key, value)) continue; // the first spelling wins
            keys.Add(key);
        }
        _lookup = map.ToFrozenDictionary(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
        _keys = [.. keys];
        _values = [.. keys.Select(k => map[k])];
        _folded = [.. keys.Select(k => string.Create(k.Length, k, (span, key) =>
        {
            for (int j = 0; j < key.Length; j++) span[j] = char.IsAsciiLetterUpper(key[j]) ? (char)(key[j] | 0x20) : key[j];
        }))];
        int size = 16;
        while (size < keys.Count * 4) size *= 2;
        _slots = new ushort[size];
        _mask = size - 1;
        for (int e = 0; e < _keys.Length; e++)
        {
            var key = _keys[e].AsSpan();
            _filter[FilterIndex(key)] |= FilterBit(key);
            int slot = Hash(key) & _mask;
            while (_slots[slot] != 0) slot = (slot + 1) & _mask;
            _slots[slot] = (ushort)(e + 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FilterIndex(ReadOnlySpan<char> key) =>
        (Math.Min(key.Length, 15) << 10 | ((key[0] | _fold) & 31) << 5 | (key[key.Length > 1 ? 1 : 0] | _fold) & 31) * 0x9E37 >> 4 & (FilterSize - 1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint FilterBit(ReadOnlySpan<char> key) => 1u << ((key[^1] | _fold) & 31);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Hash(ReadOnlySpan<char> key)
    {
        uint h = (uint)key.Length * 0x9E3779B1u;
        h = (h ^ (uint)(key[0] | _fold)) * 0x85EBCA77u;
        h = (h ^ (uint)(key[key.Length > 1 ? 1 : 0] | _fold)) * 0xC2B2AE3Du;
        h = (h ^ (uint)(key[^1] | _fold)) * 0x27D4EB2Fu;
        return (int)(h >> 16);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> key, out T value)
    {
        if (LexiconStats.Counting) LexiconStats.Lookups++;
        int entry = Find(key);
        if (entry < 0)
        {
            value = default!;
            return false;
        }
        if (entry == int.MaxValue) return _lookup.TryGetValue(key, out value!);
        value = _values[entry];
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> key)
    {
        if (LexiconStats.Counting) LexiconStats.Lookups++;
        int entry = Find(key);
        return entry == int.MaxValue ? _lookup.ContainsKey(key) : entry >= 0;
    }

    /// <summary>
    /// The pre-filter alone, for a caller that wants the common rejection inlined in its own loop:
    /// false means the word is not in the list. Only for words whose first, second and last
    /// characters are ASCII (others are decided by <see cref="TryGet"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContainAscii(ReadOnlySpan<char> key) => (_filter[FilterIndex(key)] & FilterBit(key)) != 0;

    /// <summary>The entry index, -1 when absent, <see cref="int.MaxValue"/> when the frozen dictionary must decide.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty) return -1;
        char first = key[0], second = key[key.Length > 1 ? 1 : 0], last = key[^1];
        // A non-ASCII character may fold to an ASCII one under OrdinalIgnoreCase: let the comparer decide.
        if ((first | second | last) >= 0x80) return _fold != 0 ? int.MaxValue : FindHashed(key);
        if ((_filter[FilterIndex(key)] & FilterBit(key)) == 0) return -1;
        return FindHashed(key);
    }

    private int FindHashed(ReadOnlySpan<char> key)
    {
        int slot = Hash(key) & _mask;
        while (true)
        {
            int e = _slots[slot] - 1;
            if (e < 0) return -1;
            var candidate = _keys[e];
            if (candidate.Length == key.Length)
            {
                if (_fold == 0)
                {
                    if (key.SequenceEqual(candidate)) return e;
                }
                else
                {
                    int same = SameIgnoringAsciiCase(key, _folded[e]);
                    if (same != 0) return same > 0 ? e : int.MaxValue;
                }
            }
            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>
    /// 1 when <paramref name="key"/> equals <paramref name="folded"/> (a key with its ASCII letters in
    /// lower case) ignoring ASCII case, 0 when not, -1 when a non-ASCII character leaves it to the comparer.
    /// </summary>
    private static int SameIgnoringAsciiCase(ReadOnlySpan<char> key, string folded)
    {
        for (int j = 0; j < key.Length; j++)
        {
            char c = key[j], k = folded[j];
            if (c == k) continue;
            if (c >= 0x80 || k >= 0x80) return -1;
            // c | 0x20 is a lower-case letter only when c is a letter
            if ((c | 0x20) != k || (uint)(k - 'a') > 'z' - 'a') return 0;
        }
        return 1;
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
