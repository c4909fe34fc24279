namespace NewsNlp;

public sealed partial class NewsPipelineBuilder
{
    /// <summary>
    /// Adds the temporals stage: dates, times, durations, sets and ages, normalised to ISO 8601 /
    /// TIMEX3 values and resolved against the publication date (see docs/normalization.md).
    /// </summary>
    public NewsPipelineBuilder UseTemporals() => Use(new TemporalStage());
}

/// <summary>Fills <see cref="NewsStageContext.Temporals"/>. Stateless and thread-safe.</summary>
internal sealed class TemporalStage : INewsStage
{
    public string Name => "temporals";

    public int Order => NewsStageOrder.Temporals;

    public void Process(NewsStageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Temporals = TemporalScanner.Scan(context.Text, context.Tokens, context.Sentences, context.Published, context.CancellationToken);
    }
}
