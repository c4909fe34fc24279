namespace NewsNlp;

public sealed partial class NewsPipelineBuilder
{
    /// <summary>
    /// Adds every built-in stage with default options: entities, quotes, temporals and quantities
    /// (what <c>newsnlp analyze</c> runs).
    /// </summary>
    public NewsPipelineBuilder UseAll() => UseEntities().UseQuotes().UseTemporals().UseQuantities();
}
