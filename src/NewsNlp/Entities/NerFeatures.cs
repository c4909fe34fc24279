using System.Runtime.CompilerServices;

namespace NewsNlp.Entities;

/// <summary>
/// Turns a sentence (words as ranges of one string) into hashed sparse features, the same way
/// for training and for inference. Features are bucket indices in <c>[0, 2^hashBits)</c>.
/// </summary>
internal static class NerFeatures
{
    /// <summary>Upper bound of features per token (the trainer sizes buffers with it).</summary>
    public const int MaxPerToken = 64;

    private const ulong Prime = 0x100000001b3UL;

    // Feature templates: each hash starts from its own seed.
    private enum T : byte
    {
        Bias = 1, Lower, Exact, PrevLower, NextLower, Prev2Lower, Next2Lower,
        Shape, PrevShape, NextShape, ShapeTrigram, Suffix2, Suffix3, Suffix4, Prefix2, Prefix3,
        PrevBigram, NextBigram, FirstShape, FirstLower, CaseLower, CaseBias,
        GazBegin, GazInside, GazLast, GazUnit, GazPrev, GazNext, GazShape, PrevExactCap, Length,
        CaseGaz, PrevShapeLower,
    }

    /// <summary>How the sentence is cased: normal, all capitals (headline), or no capitals at all.</summary>
    internal enum CaseMode : byte { Normal, AllCaps, NoCaps }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Seed(T template) => ((ulong)template + 1) * 0x9E3779B97F4A7C15UL;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Add(ulong h, ulong value) => (h ^ value) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bucket(ulong h, int mask)
    {
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        return (int)h & mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Lower(char c)
    {
        if (c < 128)
        {
            if (c is >= 'A' and <= 'Z') return (char)(c + 32);
            if (c is >= '0' and <= '9') return '0';
            return c;
        }
        if (c == '\u2019') return '\'';
        return char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
    }

    internal static ulong HashLower(ulong h, ReadOnlySpan<char> s)
    {
        foreach (char c in s) h = Add(h, Lower(c));
        return h;
    }

    internal static ulong HashExact(ulong h, ReadOnlySpan<char> s)
    {
        foreach (char c in s) h = Add(h, c is >= '0' and <= '9' ? '0' : c);
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char ShapeChar(char c)
    {
        if (c < 128)
        {
            if (c is >= 'A' and <= 'Z') return 'X';
            if (c is >= 'a' and <= 'z') return 'x';
            if (c is >= '0' and <= '9') return 'd';
            return c;
        }
        if (char.IsUpper(c)) return 'X';
        if (char.IsLower(c)) return 'x';
        if (char.IsDigit(c)) return 'd';
        if (char.IsLetter(c)) return 'L'; // letters without case (CJK, Arabic, …)
        return c == '\u2019' ? '\'' : '~';
    }

    /// <summary>Short word shape: character classes with repeats collapsed ("Lukashenko" → "Xx", "U.S." → "X.X.").</summary>
    internal static ulong HashShape(ulong h, ReadOnlySpan<char> s)
    {
        char last = '\0';
        int n = 0;
        foreach (char c in s)
        {
            char k = ShapeChar(c);
            if (k == last) continue;
            h = Add(h, k);
            last = k;
            if (++n == 8) break;
        }
        return h;
    }

    /// <summary>
    /// <see cref="HashLower"/>, <see cref="HashShape"/> and <see cref="HashExact"/> of a word (from 0), its
    /// <see cref="Gazetteer.Extend"/> from <see cref="Gazetteer.SequenceSeed"/> (the gazetteer's first step) and whether it
    /// has an upper-case letter and a lower-case one (a character that is not upper case), in one pass over its characters.
    /// The separate functions remain the definitions (HashLower also hashes affixes); a test compares them.
    /// </summary>
    internal static void HashWord(ReadOnlySpan<char> w, out ulong lower, out ulong shape, out ulong exact, out ulong gazetteer,
        out bool hasUpper, out bool hasLower)
    {
        ulong l = 0, s = 0, e = 0, g = Gazetteer.BeginToken(Gazetteer.SequenceSeed); // g: Gazetteer.Extend from the sequence seed
        char last = '\0';
        int shapes = 0;
        bool upper = false, lowerCase = false;
        foreach (char c in w)
        {
            char lc, sc, ec, gc;
            if ((uint)(c - 'A') <= 'Z' - 'A') { lc = (char)(c + 32); sc = 'X'; ec = c; gc = lc; upper = true; }
            else if ((uint)(c - 'a') <= 'z' - 'a') { lc = c; sc = 'x'; ec = c; gc = c; lowerCase = true; }
            else if ((uint)(c - '0') <= 9) { lc = '0'; sc = 'd'; ec = '0'; gc = c; }
            else if (c < 128) { lc = c; sc = c; ec = c; gc = c; }
            else
            {
                lc = Lower(c);
                sc = ShapeChar(c);
                ec = c;
                gc = Gazetteer.Fold(c);
                if (char.IsUpper(c)) upper = true;
                else if (char.IsLower(c)) lowerCase = true;
            }
            l = Add(l, lc);
            e = Add(e, ec);
            g = Gazetteer.AddChar(g, gc);
            if (sc != last && shapes < 8) // as HashShape: repeats collapsed, at most 8
            {
                s = Add(s, sc);
                last = sc;
                shapes++;
            }
        }
        lower = l;
        shape = s;
        exact = e;
        gazetteer = g;
        hasUpper = upper;
        hasLower = lowerCase;
    }

    /// <summary>How a sentence is cased, from its number of words with letters, with an upper-case one, with a lower-case one.</summary>
    private static CaseMode CaseModeOf(int lettered, int hasUpper, int hasLower)
    {
        if (lettered < 3) return CaseMode.Normal;
        if (hasLower * 10 <= lettered) return CaseMode.AllCaps; // 90 % of words without lower case
        if (hasUpper == 0) return CaseMode.NoCaps;
        return CaseMode.Normal;
    }

    /// <summary>
    /// Extracts the features of every word of a sentence.
    /// </summary>
    /// <param name="text">The string the words point into.</param>
    /// <param name="starts">Start of each word in <paramref name="text"/>.</param>
    /// <param name="lengths">Length of each word.</param>
    /// <param name="gazetteer">Name lists for membership features.</param>
    /// <param name="hashBits">Number of bits of a bucket index.</param>
    /// <param name="features">Receives the features, <see cref="MaxPerToken"/> slots per word.</param>
    /// <param name="counts">Receives the number of features of each word.</param>
    public static void Extract(string text, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, Gazetteer gazetteer,
        int hashBits, Span<int> features, Span<int> counts)
    {
        int n = starts.Length;
        if (n == 0) return;
        int mask = (1 << hashBits) - 1;

        GazetteerMarks[]? rented = null;
        Span<GazetteerMarks> marks = n <= 256
            ? stackalloc GazetteerMarks[n]
            : (rented = System.Buffers.ArrayPool<GazetteerMarks>.Shared.Rent(n)).AsSpan(0, n);
        try
        {
            // Per-word hashes, computed once and reused by the neighbours' features.
            ulong[]? rentedHashes = null;
            Span<ulong> hashes = n <= 256 ? stackalloc ulong[4 * 256] : (rentedHashes = System.Buffers.ArrayPool<ulong>.Shared.Rent(4 * n));
            var lowers = hashes[..n];
            var shapes = hashes.Slice(n, n);
            var exacts = hashes.Slice(2 * n, n);
            var firstSteps = hashes.Slice(3 * n, n);
            int lettered = 0, withUpper = 0, withLower = 0;
            for (int i = 0; i < n; i++)
            {
                HashWord(text.AsSpan(starts[i], lengths[i]), out lowers[i], out shapes[i], out exacts[i], out firstSteps[i], out bool upper, out bool lower);
                if (upper || lower) lettered++;
                if (upper) withUpper++;
                if (lower) withLower++;
            }
            var caseMode = CaseModeOf(lettered, withUpper, withLower);
            gazetteer.Match(text, starts, lengths, firstSteps, marks);
            for (int i = 0; i < n; i++)
            {
                var f = features.Slice(i * MaxPerToken, MaxPerToken);
                int k = 0;
                var w = text.AsSpan(starts[i], lengths[i]);
                ulong lower = lowers[i];
                ulong shape = shapes[i];
                ulong prevLower = i > 0 ? lowers[i - 1] : 0x5354415254UL; // START
                ulong nextLower = i + 1 < n ? lowers[i + 1] : 0x454e44UL; // END
                ulong prevShape = i > 0 ? shapes[i - 1] : 1;
                ulong nextShape = i + 1 < n ? shapes[i + 1] : 2;

                f[k++] = Bucket(Seed(T.Bias), mask);
                f[k++] = Bucket(Add(Seed(T.Lower), lower), mask);
                f[k++] = Bucket(Add(Seed(T.Exact), exacts[i]), mask);
                f[k++] = Bucket(Add(Seed(T.PrevLower), prevLower), mask);
                f[k++] = Bucket(Add(Seed(T.NextLower), nextLower), mask);
                f[k++] = Bucket(i > 1 ? Add(Seed(T.Prev2Lower), lowers[i - 2]) : Seed(T.Prev2Lower), mask);
                f[k++] = Bucket(i + 2 < n ? Add(Seed(T.Next2Lower), lowers[i + 2]) : Seed(T.Next2Lower), mask);
                f[k++] = Bucket(Add(Seed(T.Shape), shape), mask);
                f[k++] = Bucket(Add(Seed(T.PrevShape), prevShape), mask);
                f[k++] = Bucket(Add(Seed(T.NextShape), nextShape), mask);
                f[k++] = Bucket(Add(Add(Add(Seed(T.ShapeTrigram), prevShape), shape), nextShape), mask);
                k = AddAffixFeatures(f, k, w, mask);
                f[k++] = Bucket(Add(Add(Seed(T.PrevBigram), prevLower), lower), mask);
                f[k++] = Bucket(Add(Add(Seed(T.NextBigram), lower), nextLower), mask);
                f[k++] = Bucket(Add(Add(Seed(T.PrevShapeLower), prevShape), lower), mask);
                f[k++] = Bucket(Add(Seed(T.Length), (ulong)Math.Min(w.Length, 12)), mask);
                if (i == 0)
                {
                    f[k++] = Bucket(Add(Seed(T.FirstShape), shape), mask);
                    f[k++] = Bucket(Add(Seed(T.FirstLower), lower), mask);
                }
                if (caseMode != CaseMode.Normal)
                {
                    f[k++] = Bucket(Add(Seed(T.CaseBias), (ulong)caseMode), mask);
                    f[k++] = Bucket(Add(Add(Seed(T.CaseLower), (ulong)caseMode), lower), mask);
                }
                else if (i > 0 && lengths[i - 1] > 0 && char.IsUpper(text[starts[i - 1]]))
                {
                    f[k++] = Bucket(Add(Seed(T.PrevExactCap), exacts[i - 1]), mask);
                }

                var m = marks[i];
                k = AddCategoryFeatures(f, k, T.GazBegin, m.Begin, 0, mask);
                k = AddCategoryFeatures(f, k, T.GazInside, m.Inside, 0, mask);
                k = AddCategoryFeatures(f, k, T.GazLast, m.Last, 0, mask);
                k = AddCategoryFeatures(f, k, T.GazUnit, m.Unit, 0, mask);
                if (i > 0) k = AddCategoryFeatures(f, k, T.GazPrev, marks[i - 1].Any, 0, mask);
                if (i + 1 < n) k = AddCategoryFeatures(f, k, T.GazNext, marks[i + 1].Any, 0, mask);
                k = AddCategoryFeatures(f, k, T.GazShape, m.Any, shape, mask);
                if (caseMode != CaseMode.Normal) k = AddCategoryFeatures(f, k, T.CaseGaz, m.Any, (ulong)caseMode, mask);
                counts[i] = k;
            }
            if (rentedHashes is not null) System.Buffers.ArrayPool<ulong>.Shared.Return(rentedHashes);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<GazetteerMarks>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The suffix and prefix features: from 3 characters, HashLower of the last 2 and the first 2; from 4, of the last 3
    /// and the first 3; from 5, of the last 4. Each character is lower-cased once (the hashes are written out).
    /// </summary>
    internal static int AddAffixFeatures(Span<int> f, int k, ReadOnlySpan<char> w, int mask)
    {
        int n = w.Length;
        if (n < 3) return k;
        char last = Lower(w[n - 1]), second = Lower(w[n - 2]), first = Lower(w[0]), next = Lower(w[1]);
        f[k++] = Bucket(Add(Add(Seed(T.Suffix2), second), last), mask);
        if (n >= 4)
        {
            char third = Lower(w[n - 3]);
            f[k++] = Bucket(Add(Add(Add(Seed(T.Suffix3), third), second), last), mask);
            if (n >= 5) f[k++] = Bucket(Add(Add(Add(Add(Seed(T.Suffix4), Lower(w[n - 4])), third), second), last), mask);
        }
        f[k++] = Bucket(Add(Add(Seed(T.Prefix2), first), next), mask);
        if (n >= 4) f[k++] = Bucket(Add(Add(Add(Seed(T.Prefix3), first), next), Lower(w[2])), mask);
        return k;
    }

    /// <summary>The affix features as first written, one <see cref="HashLower"/> each (tests compare).</summary>
    internal static int AddAffixFeaturesByDefinition(Span<int> f, int k, ReadOnlySpan<char> w, int mask)
    {
        if (w.Length >= 3) f[k++] = Bucket(HashLower(Seed(T.Suffix2), w[^2..]), mask);
        if (w.Length >= 4) f[k++] = Bucket(HashLower(Seed(T.Suffix3), w[^3..]), mask);
        if (w.Length >= 5) f[k++] = Bucket(HashLower(Seed(T.Suffix4), w[^4..]), mask);
        if (w.Length >= 3) f[k++] = Bucket(HashLower(Seed(T.Prefix2), w[..2]), mask);
        if (w.Length >= 4) f[k++] = Bucket(HashLower(Seed(T.Prefix3), w[..3]), mask);
        return k;
    }

    private static int AddCategoryFeatures(Span<int> f, int k, T template, GazetteerCategory categories, ulong extra, int mask)
    {
        uint bits = (uint)categories;
        while (bits != 0 && k < MaxPerToken)
        {
            int bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            f[k++] = Bucket(Add(Add(Seed(template), (ulong)bit + 1), extra), mask);
        }
        return k;
    }
}
