namespace NewsNlp;

public sealed partial class NewsPipelineBuilder
{
    /// <summary>
    /// Adds the quantities stage: cardinals, ordinals, percentages, money and physical quantities
    /// with SI values, ranges, modifiers and checked unit restatements (see docs/normalization.md).
    /// Numbers inside temporal expressions (years, ages, durations) are not listed again.
    /// </summary>
    public NewsPipelineBuilder UseQuantities() => Use(new QuantityStage());
}

/// <summary>Fills <see cref="NewsStageContext.Quantities"/>. Stateless and thread-safe.</summary>
internal sealed class QuantityStage : INewsStage
{
    public string Name => "quantities";

    public int Order => NewsStageOrder.Quantities;

    public void Process(NewsStageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Without the temporals stage, find the temporal expressions here (not stored) so that the
        // same numbers are skipped: the stage gives the same quantities alone or with temporals.
        var temporals = context.Temporals.IsDefaultOrEmpty
            ? TemporalScanner.Scan(context.Text, context.Tokens, context.Sentences, context.Published, context.CancellationToken)
            : context.Temporals;
        context.Quantities = QuantityScanner.Scan(context.Text, context.Tokens, context.Sentences, temporals, context.CancellationToken);
    }
}
