namespace NewsNlp.Tests.Text;

public class SeedTextCoreTests
{
    private static readonly NewsPipeline s_pipeline = new NewsPipelineBuilder().Build();

    [Fact]
    public void Seed_HasEighteenParagraphs_OnePerLine()
    {
        var text = TestData.SeedText;
        var doc = s_pipeline.Process(text, TestData.SeedPublished);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        doc.Paragraphs.Should().HaveCount(18);
        doc.Paragraphs.Select(p => doc.GetText(p.Span)).Should().Equal(lines);
    }

    [Fact]
    public void Seed_SentencesSplitInsideQuotesButNotAfterComma()
    {
        var doc = s_pipeline.Process(TestData.SeedText, TestData.SeedPublished);
        var sentences = doc.Sentences.Select(s => doc.GetText(s.Span)).ToList();
        sentences.Should().HaveCount(24);
        sentences.Should().Contain("\"There is only 200 kilometres (125 miles) between the Belarus frontier and Kyiv.");
        sentences.Should().Contain("Half an hour in a plane.");
        sentences.Should().Contain("Come,\" he declared in the interview recorded on February 27.");
        sentences.Should().Contain("\"Tell Trump that I expect him here with Putin and Zelensky,\" Lukashenko proposed to the three leaders in a video interview with US blogger Mario Nawfal, reported by state news agency Belta.");
    }
}
