namespace NewsNlp;

/// <summary>Settings of a <see cref="NewsPipeline"/>; change them with <c>with</c>.</summary>
public readonly record struct NewsPipelineOptions
{
    /// <summary>Creates the defaults.</summary>
    public NewsPipelineOptions() { }

    /// <summary>
    /// The longest document accepted, in UTF-16 code units (default 64 Mi, about 64 MB of ASCII text).
    /// Longer input is API misuse and throws <see cref="ArgumentOutOfRangeException"/>: split it first.
    /// </summary>
    public int MaxDocumentLength { get; init; } = 64 * 1024 * 1024;
}
