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

    /// <summary>
    /// Whether reported content includes beliefs, stances, intentions and findings besides speech ("X believes …",
    /// "X endorsed Y", "X criticized Y for …", "X wants …", "polls show …") (default false: verbs of saying only,
    /// "who said what"). Turn it on for broad attribution analysis, as PolNeAR annotates it. Only used when
    /// <see cref="IncludeReported"/> is true.
    /// </summary>
    public bool IncludeStances { get; init; }
}
