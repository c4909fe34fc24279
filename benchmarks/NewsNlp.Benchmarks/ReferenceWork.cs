using System.Buffers;
using System.Collections.Frozen;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Framework-only work over the same text, used as each gated class's <c>Reference</c> baseline so
/// that the gate compares ratios (robust to a noisy machine) rather than raw times.
/// </summary>
public static class ReferenceWork
{
    private static readonly SearchValues<char> s_whitespace = SearchValues.Create(" \t\r\n\u00A0");

    private static readonly FrozenSet<string> s_lexicon = new[]
    {
        "the", "said", "million", "percent", "monday", "tuesday", "wednesday", "thursday", "friday", "january", "february",
        "march", "year", "years", "week", "km", "miles", "dollars", "two", "three", "four", "five", "ten", "hundred", "thousand",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Counts whitespace-delimited words with <see cref="SearchValues{T}"/>.</summary>
    public static int WordScan(string[] texts)
    {
        int words = 0;
        foreach (var text in texts)
        {
            var span = text.AsSpan();
            while (!span.IsEmpty)
            {
                int next = span.IndexOfAny(s_whitespace);
                if (next != 0) words++;
                if (next < 0) break;
                span = span[(next + 1)..];
            }
        }
        return words;
    }

    /// <summary>Lower-cases each word into a buffer and looks it up in a frozen set: what a lexicon-driven scanner does.</summary>
    public static int WordLookups(string[] texts)
    {
        var lookup = s_lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        int hits = 0;
        foreach (var text in texts)
        {
            var span = text.AsSpan();
            while (!span.IsEmpty)
            {
                int next = span.IndexOfAny(s_whitespace);
                var word = next < 0 ? span : span[..next];
                if (word.Length is > 0 and <= 64)
                {
                    int n = word.ToLowerInvariant(lower);
                    if (lookup.Contains(lower[..n])) hits++;
                }
                if (next < 0) break;
                span = span[(next + 1)..];
            }
        }
        return hits;
    }

    /// <summary>Hashes sixteen views of each word and its neighbour (lower case, prefixes, suffixes, pairs): what a linear tagger's featurizer does.</summary>
    public static int FeatureHashing(string[] texts)
    {
        Span<char> lower = stackalloc char[64];
        int sum = 0;
        foreach (var text in texts)
        {
            var span = text.AsSpan();
            int previous = 0;
            while (!span.IsEmpty)
            {
                int next = span.IndexOfAny(s_whitespace);
                var word = next < 0 ? span : span[..next];
                if (word.Length is > 0 and <= 64)
                {
                    int n = word.ToLowerInvariant(lower);
                    var w = lower[..n];
                    int h = string.GetHashCode(w);
                    for (int k = 1; k <= 4; k++)
                    {
                        int take = Math.Min(k, n);
                        sum += string.GetHashCode(w[..take]) ^ string.GetHashCode(w[(n - take)..]);
                        sum += HashCode.Combine(h, previous, k) + HashCode.Combine(previous, k);
                    }
                    sum += string.GetHashCode(word) ^ HashCode.Combine(h, word.Length);
                    previous = h;
                }
                if (next < 0) break;
                span = span[(next + 1)..];
            }
        }
        return sum;
    }
}
