using System.Diagnostics;
using System.Text;

namespace NewsNlp.Tests.Quotes;

/// <summary>Timing tests run alone: other tests allocating on the same cores would skew the ratios.</summary>
[CollectionDefinition(nameof(QuoteScalingTests), DisableParallelization = true)]
public sealed class QuoteScalingCollection;

/// <summary>Linear time on pathological input, checked by size scaling rather than wall-clock thresholds.</summary>
[Collection(nameof(QuoteScalingTests))]
public class QuoteScalingTests
{
    public static TheoryData<string, string> Units => new()
    {
        { "balanced quotes", "\"We will win,\" Smith said. " },
        { "unbalanced marks", "\" he said \" \" ' \" ' " },
        { "reported speech", "Smith said the plan would fail, according to Jones, and she told reporters that it was over. " },
        { "quote-only paragraphs", "\"We are ready for this.\"\n" },
        { "cues without subjects", "said told added according to went on " },
        { "one paragraph of marks", "\"a\" " },
    };

    [Theory]
    [MemberData(nameof(Units))]
    public void LargeInput_ScalesLinearly(string name, string unit)
    {
        _ = name;
        // 8x the input should cost about 8x, far below the 64x of a quadratic step. The fastest of several
        // runs is compared (robust to other processes on a shared machine), with a generous bound.
        var small = Repeat(unit, 8_000);
        var large = Repeat(unit, 64_000);
        var doc = QuoteTestSupport.QuotesOnly.Process(large);
        doc.ShouldHaveValidSpans();
        var (fastSmall, fastLarge) = FastestInterleaved(small, large);
        double ratio = fastLarge / Math.Max(fastSmall, 1e-3);
        ratio.Should().BeLessThan(40, "8x the input took {0:F1}x the time", ratio);
    }

    private static string Repeat(string unit, int count) => new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString();

    // Warm both up (tiered JIT), then alternate the two sizes and keep each one's fastest run.
    private static (double Small, double Large) FastestInterleaved(string small, string large)
    {
        var pipeline = QuoteTestSupport.QuotesOnly;
        for (int i = 0; i < 3; i++)
        {
            pipeline.Process(small);
            pipeline.Process(large);
        }
        double fastSmall = double.MaxValue, fastLarge = double.MaxValue;
        for (int i = 0; i < 9; i++)
        {
            var sw = Stopwatch.StartNew();
            pipeline.Process(small);
            fastSmall = Math.Min(fastSmall, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            pipeline.Process(large);
            fastLarge = Math.Min(fastLarge, sw.Elapsed.TotalMilliseconds);
        }
        return (fastSmall, fastLarge);
    }
}
