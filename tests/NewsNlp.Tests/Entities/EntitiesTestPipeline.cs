namespace NewsNlp.Tests.Entities;

/// <summary>One shared pipeline with the entities stage (build once, reuse: it is thread-safe).</summary>
internal static class EntitiesTestPipeline
{
    public static readonly NewsPipeline Instance = new NewsPipelineBuilder().UseEntities().Build();

    public static NewsDocument Process(string text) => Instance.Process(text);

    /// <summary>Every mention's span matches its text, mentions are ordered by start and do not overlap.</summary>
    public static void ShouldBeWellFormed(NewsDocument doc)
    {
        int lastEnd = 0;
        foreach (var e in doc.Entities)
        {
            e.Span.Start.Should().BeGreaterThanOrEqualTo(lastEnd, "mentions are ordered and do not overlap");
            e.Span.End.Should().BeLessThanOrEqualTo(doc.Text.Length);
            doc.GetText(e.Span).Should().Be(e.Text);
            e.Name.Should().NotBeNullOrWhiteSpace();
            lastEnd = e.Span.End;
        }
    }
}
