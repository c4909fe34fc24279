namespace NewsNlp;

/// <summary>Settings of the quotes stage (<see cref="NewsPipelineBuilder.UseQuotes(QuotesOptions)"/>); change them with <c>with</c>.</summary>
public readonly record struct QuotesOptions
{
    /// <summary>Creates the defaults.</summary>
    public QuotesOptions() { }

    /// <summary>
    /// Whether to report indirect and mixed speech ("Peskov said the idea had not been brought up")
    /// besides direct quotes (default true).
    /// </summary>
    public bool IncludeReported { get; init; } = true;
}
