namespace NewsNlp;

/// <summary>
/// A half-open range of UTF-16 code units in a document's original text:
/// <c>text[Start..End]</c> is exactly the spanned text.
/// </summary>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Index just past the last code unit (exclusive).</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from a start and an exclusive end.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="other"/> lies entirely inside this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
