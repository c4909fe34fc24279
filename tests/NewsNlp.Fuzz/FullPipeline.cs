namespace NewsNlp.Fuzz;

/// <summary>The pipeline with every stage, as the CLI runs it.</summary>
public static class FullPipeline
{
    public static NewsPipeline Create() => new NewsPipelineBuilder().UseAll().Build();
}
