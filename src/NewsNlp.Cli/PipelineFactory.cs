namespace NewsNlp.Cli;

/// <summary>Builds the pipeline the command line asks for.</summary>
internal static class PipelineFactory
{
    /// <summary>The stage names <c>--stages</c> accepts.</summary>
    public static readonly IReadOnlyList<string> KnownStages = ["entities", "quotes", "temporals", "quantities"];

    public static NewsPipeline Create(IReadOnlyList<string>? stages, bool quoteStances = false)
    {
        var builder = new NewsPipelineBuilder();
        foreach (var stage in stages ?? KnownStages)
        {
            switch (stage)
            {
                case "entities": builder.UseEntities(); break;
                case "quotes": builder.UseQuotes(new QuotesOptions { IncludeStances = quoteStances }); break;
                case "temporals": builder.UseTemporals(); break;
                case "quantities": builder.UseQuantities(); break;
                default: throw new ArgumentException($"unknown stage '{stage}'; known: {string.Join(", ", KnownStages)}", nameof(stages));
            }
        }
        return builder.Build();
    }
}
