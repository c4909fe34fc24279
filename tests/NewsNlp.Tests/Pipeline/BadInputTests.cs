using System.Diagnostics;

namespace NewsNlp.Tests.Pipeline;

public class BadInputTests
{
    private static readonly NewsPipeline s_pipeline = new NewsPipelineBuilder().Build();

    [Fact]
    public void Null_ThrowsArgumentNull() =>
        FluentActions.Invoking(() => s_pipeline.Process((string)null!)).Should().Throw<ArgumentNullException>().WithParameterName("text");

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\r\n\t ")]
    public void EmptyOrWhitespace_GivesAnEmptyDocument(string text)
    {
        var doc = s_pipeline.Process(text);
        doc.Tokens.Should().BeEmpty();
        doc.Sentences.Should().BeEmpty();
        doc.Paragraphs.Should().BeEmpty();
        doc.Text.Should().Be(text);
    }

    [Fact]
    public void DocumentOverTheLimit_ThrowsWithAnInstruction()
    {
        var small = new NewsPipelineBuilder().WithOptions(new NewsPipelineOptions { MaxDocumentLength = 10 }).Build();
        FluentActions.Invoking(() => small.Process("01234567890"))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*MaxDocumentLength*");
    }

    [Fact]
    public void InvalidOptions_Throw() =>
        FluentActions.Invoking(() => new NewsPipelineBuilder().WithOptions(new NewsPipelineOptions { MaxDocumentLength = 0 }))
            .Should().Throw<ArgumentOutOfRangeException>();

    public static TheoryData<string, string> Pathological => new()
    {
        { "10 MB without whitespace", new string('x', 10_000_000) },
        { "1 million quote marks", new string('"', 1_000_000) },
        { "alternating quotes", string.Concat(Enumerable.Repeat("'\"", 200_000)) },
        { "100 000-token sentence", string.Concat(Enumerable.Repeat("word ", 100_000)) },
        { "nested parentheses", new string('(', 100_000) + new string(')', 100_000) },
        { "only digits and separators", string.Concat(Enumerable.Repeat("1,000.", 100_000)) },
        { "lone surrogates and controls", string.Concat(Enumerable.Repeat("\uD800a\uDC00\u0000\u0007\u202E", 50_000)) },
        { "only periods", new string('.', 1_000_000) },
        { "abbreviation chain", string.Concat(Enumerable.Repeat("U.S.", 100_000)) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void PathologicalInput_DoesNotThrowAndKeepsOffsetsValid(string name, string text)
    {
        _ = name;
        var doc = s_pipeline.Process(text);
        int previousEnd = 0;
        foreach (var token in doc.Tokens)
        {
            token.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
            token.End.Should().BeLessThanOrEqualTo(text.Length);
            previousEnd = token.End;
        }
    }

    [Fact]
    public void Time_GrowsLinearlyWithSize()
    {
        // Compares 1x with 16x of the same text: a quadratic path would take ~256x, linear ~16x.
        // The bound (128x) leaves room for a loaded CI machine and GC pauses on the large
        // document, while anything quadratic still fails it.
        string unit = TestData.SeedText;
        string small = string.Concat(Enumerable.Repeat(unit, 20));
        string large = string.Concat(Enumerable.Repeat(unit, 320));
        s_pipeline.Process(small); // warm up
        double tSmall = Measure(() => s_pipeline.Process(small));
        double tLarge = Measure(() => s_pipeline.Process(large));
        (tLarge / tSmall).Should().BeLessThan(16 * 8, "time per character must stay flat, not grow with size");
    }

    private static double Measure(Action action)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            best = Math.Min(best, clock.Elapsed.TotalMilliseconds);
        }
        return best;
    }
}
