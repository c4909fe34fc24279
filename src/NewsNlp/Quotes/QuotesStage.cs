namespace NewsNlp.Quotes;

/// <summary>
/// The quotes stage: fills <see cref="NewsStageContext.Quotes"/> (ordered by start) from the tokens,
/// paragraphs and, when present, the entities of the context. Stateless and thread-safe.
/// </summary>
internal sealed class QuotesStage(QuotesOptions options) : INewsStage
{
    /// <inheritdoc />
    public string Name => "quotes";

    /// <inheritdoc />
    public int Order => NewsStageOrder.Quotes;

    /// <inheritdoc />
    public void Process(NewsStageContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Quotes = QuoteFinder.Find(context, options);
    }
}
