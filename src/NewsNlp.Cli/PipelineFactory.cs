namespace NewsNlp.Cli;

/// <summary>Builds the pipeline the command line asks for.</summary>
internal static class PipelineFactory
{
    /// <summary>The stage names <c>--stages</c> accepts.</summary>
    public static readonly IReadOnlyList<string> KnownStages = ["entities", "quotes", "temporals", "quantities"];

    public static NewsPipeline Create(IReadOnlyList<string>? stages)
    {
        var builder = new NewsPipelineBuilder();
        foreach (var stage in stages ?? KnownStages)
        {
            switch (stage)
            {
                // Each capability adds its line here as its stage lands.
                case "temporals": builder.UseTemporals(); break;
                case "quantities": builder.UseQuantities(); break;
                default:
                    break;
            }
        }
        return builder.Build();
    }
}
