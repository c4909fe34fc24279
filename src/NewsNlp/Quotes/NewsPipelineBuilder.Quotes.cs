using NewsNlp.Quotes;

namespace NewsNlp;

public sealed partial class NewsPipelineBuilder
{
    /// <summary>
    /// Adds the quotes stage: direct, mixed and indirect quotes with their cue, speaker mention and
    /// the speaker's name, resolved through the entities stage when the pipeline has one (a light
    /// capitalised-name heuristic otherwise).
    /// </summary>
    public NewsPipelineBuilder UseQuotes() => UseQuotes(new QuotesOptions());

    /// <summary>Adds the quotes stage with the given options.</summary>
    /// <param name="options">What to report.</param>
    public NewsPipelineBuilder UseQuotes(QuotesOptions options) => Use(new QuotesStage(options));
}
