namespace NewsNlp.Entities;

/// <summary>A range of the document's text used as a dictionary key, so words are compared without building strings.</summary>
internal readonly record struct TextRange(int Start, int Length)
{
    public static TextRange Of(Token t) => new(t.Start, t.Length);

    /// <summary>The text from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static TextRange Between(Token first, Token last) => new(first.Start, last.End - first.Start);
}

/// <summary>A name to look for: the words of tokens [First, First + Count) of the document, and its type.</summary>
internal readonly record struct Candidate(int First, int Count, EntityType Type);

/// <summary>Compares <see cref="TextRange"/> keys by their characters (ordinal) in <see cref="Text"/>.</summary>
internal sealed class TextRangeComparer : IEqualityComparer<TextRange>
{
    /// <summary>The document the ranges point into; set while one document is processed.</summary>
    public string Text = "";

    public bool Equals(TextRange a, TextRange b) =>
        a.Length == b.Length && Text.AsSpan(a.Start, a.Length).SequenceEqual(Text.AsSpan(b.Start, b.Length));

    public int GetHashCode(TextRange r) => string.GetHashCode(Text.AsSpan(r.Start, r.Length));
}

/// <summary>
/// Reusable working memory for the entities stage's document-level steps, one per thread: the
/// stage is shared between threads, so it takes the thread's instance for the length of one
/// document (a nested call on the same thread gets a fresh one) and gives it back cleared.
/// </summary>
internal sealed class EntityScratch
{
    [ThreadStatic] private static EntityScratch? t_cached;

    // Arrays larger than this are not kept between documents (a huge document should not pin its buffers).
    private const int MaxKeptLength = 1 << 17;

    private readonly TextRangeComparer _comparer = new();

    public EntityScratch()
    {
        Ranges = new(_comparer);
        RangeSet = new(_comparer);
        RangeStrings = new(_comparer);
        RangeStrings2 = new(_comparer);
    }

    public readonly List<WorkMention> Mentions = [];
    public readonly List<WorkMention> Other = [];

    /// <summary>Range → small integer (a type, an index).</summary>
    public readonly Dictionary<TextRange, int> Ranges;
    public readonly HashSet<TextRange> RangeSet;
    public readonly Dictionary<TextRange, string> RangeStrings;
    public readonly Dictionary<TextRange, string> RangeStrings2;
    public readonly Dictionary<string, string> Strings = new(StringComparer.Ordinal);
    public readonly Dictionary<(EntityType, string), int> Names = new(NameKeyComparer.Instance);
    public readonly List<int> Ints = [];
    public readonly List<int> Ints2 = [];
    public readonly List<(string Text, int Next)> Descriptors = [];

    private Candidate[] _candidates = [];
    private System.Collections.Immutable.ImmutableArray<string>[] _descriptorArrays = [];
    private bool[] _flags = [];
    private int[] _tokenInts = [];

    /// <summary>An array of at least <paramref name="count"/> candidates, keeping those already there.</summary>
    public Candidate[] Candidates(int count)
    {
        if (_candidates.Length < count) Array.Resize(ref _candidates, Math.Max(count, 2 * _candidates.Length));
        return _candidates;
    }

    /// <summary>One (default) descriptor list per entity; clear it after use.</summary>
    public Span<System.Collections.Immutable.ImmutableArray<string>> DescriptorArrays(int count)
    {
        if (_descriptorArrays.Length < count) _descriptorArrays = new System.Collections.Immutable.ImmutableArray<string>[Math.Max(count, 2 * _descriptorArrays.Length)];
        var span = _descriptorArrays.AsSpan(0, count);
        span.Clear();
        return span;
    }

    /// <summary>One flag per token, all false.</summary>
    public Span<bool> Flags(int count)
    {
        if (_flags.Length < count) _flags = new bool[Math.Max(count, 2 * _flags.Length)];
        var span = _flags.AsSpan(0, count);
        span.Clear();
        return span;
    }

    /// <summary>One integer per token, all <paramref name="fill"/>.</summary>
    public Span<int> TokenInts(int count, int fill)
    {
        if (_tokenInts.Length < count) _tokenInts = new int[Math.Max(count, 2 * _tokenInts.Length)];
        var span = _tokenInts.AsSpan(0, count);
        span.Fill(fill);
        return span;
    }

    /// <summary>Takes this thread's instance (or a new one) for one document's text.</summary>
    public static EntityScratch Rent(string text)
    {
        var scratch = t_cached ?? new EntityScratch();
        t_cached = null;
        scratch._comparer.Text = text;
        return scratch;
    }

    /// <summary>Clears the instance and keeps it for the thread's next document.</summary>
    public static void Return(EntityScratch scratch)
    {
        scratch.Mentions.Clear();
        scratch.Other.Clear();
        scratch.ClearMaps();
        scratch.Ints.Clear();
        scratch.Ints2.Clear();
        scratch.Descriptors.Clear();
        if (scratch._descriptorArrays.Length > MaxKeptLength / 8) scratch._descriptorArrays = [];
        scratch._comparer.Text = "";
        if (scratch._flags.Length > MaxKeptLength) scratch._flags = [];
        if (scratch._candidates.Length > MaxKeptLength / 4) scratch._candidates = [];
        if (scratch._tokenInts.Length > MaxKeptLength) scratch._tokenInts = [];
        if (scratch.Mentions.Capacity > MaxKeptLength / 8) scratch.Mentions.Capacity = 0;
        if (scratch.Other.Capacity > MaxKeptLength / 8) scratch.Other.Capacity = 0;
        if (scratch.Ints.Capacity > MaxKeptLength) scratch.Ints.Capacity = 0;
        if (scratch.Ints2.Capacity > MaxKeptLength) scratch.Ints2.Capacity = 0;
        if (scratch.Descriptors.Capacity > MaxKeptLength / 8) scratch.Descriptors.Capacity = 0;
        scratch.TrimMaps();
        t_cached = scratch;
    }

    /// <summary>Gives back the memory of dictionaries that grew large for one big document (they are empty here).</summary>
    private void TrimMaps()
    {
        const int Large = MaxKeptLength / 8;
        if (Ranges.EnsureCapacity(0) > Large) Ranges.TrimExcess();
        if (RangeSet.EnsureCapacity(0) > Large) RangeSet.TrimExcess();
        if (RangeStrings.EnsureCapacity(0) > Large) RangeStrings.TrimExcess();
        if (RangeStrings2.EnsureCapacity(0) > Large) RangeStrings2.TrimExcess();
        if (Strings.EnsureCapacity(0) > Large) Strings.TrimExcess();
        if (Names.EnsureCapacity(0) > Large) Names.TrimExcess();
    }

    /// <summary>Empties the dictionaries between steps.</summary>
    public void ClearMaps()
    {
        Ranges.Clear();
        RangeSet.Clear();
        RangeStrings.Clear();
        RangeStrings2.Clear();
        Strings.Clear();
        Names.Clear();
    }
}

/// <summary>(type, name) keys equal when the names are equal upper-cased (invariant), without building the upper-cased strings.</summary>
internal sealed class NameKeyComparer : IEqualityComparer<(EntityType, string)>
{
    public static readonly NameKeyComparer Instance = new();

    public bool Equals((EntityType, string) a, (EntityType, string) b)
    {
        if (a.Item1 != b.Item1) return false;
        if (ReferenceEquals(a.Item2, b.Item2)) return true;
        if (a.Item2.Length != b.Item2.Length) return false; // invariant upper-casing keeps the length
        char[]? rented = null;
        int n = a.Item2.Length;
        Span<char> buffer = n <= 256 ? stackalloc char[512] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(2 * n));
        a.Item2.AsSpan().ToUpperInvariant(buffer[..n]);
        b.Item2.AsSpan().ToUpperInvariant(buffer.Slice(n, n));
        bool equal = buffer[..n].SequenceEqual(buffer.Slice(n, n));
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return equal;
    }

    public int GetHashCode((EntityType, string) key)
    {
        char[]? rented = null;
        int n = key.Item2.Length;
        Span<char> buffer = n <= 256 ? stackalloc char[256] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(n));
        key.Item2.AsSpan().ToUpperInvariant(buffer[..n]);
        int hash = HashCode.Combine(key.Item1, string.GetHashCode(buffer[..n]));
        if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        return hash;
    }
}
