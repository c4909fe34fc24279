using System.Diagnostics;
using System.Text;

namespace NewsNlp.Tests.Quotes;

/// <summary>Unbalanced and pathological quote marks: no exception, valid spans, linear time.</summary>
public class QuoteBadInputTests
{
    public static TheoryData<string, string> BadInputs => new()
    {
        { "empty", "" },
        { "only a mark", "\"" },
        { "never closes", "\"This quote never closes, said nobody at all and it goes on and on" },
        { "never closes, next paragraph", "He said: \"We will win\nThe next paragraph has no marks at all.\nNor does this one, Smith said." },
        { "stray closing marks", "” ” ” Smith said ” the end.”" },
        { "marks inside words", "Smi\"th sa\"id the do\"or was op\"en, Jones said." },
        { "alternating", "'\"'\"'\"'\"'\"'\"'\"' he said '\"'\"" },
        { "nested singles", "\"He said 'no' and 'yes' and 'maybe,'\" she said." },
        { "triple marks", "''' said Mr. Smith ''' ''' '''" },
        { "cue only", "said said said told according to according" },
        { "mark at every position", "\"a\"b\"c\"d\"e\"f\"g\"h\"i\"" },
        { "empty quotes", "\"\" he said \"\"" },
        { "backticks", "``We'll see,'' ``he said" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInput_NeverThrows_AndGivesValidSpans(string name, string text)
    {
        _ = name;
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.ShouldHaveValidSpans();
    }

    [Fact]
    public void RandomMarksWordsAndCues_NeverThrow_AndGiveValidSpans()
    {
        string[] pieces = ["\"", "'", "“", "”", "‘", "’", "``", "''", " ", " ", " ", "\n", "\n\n", ",", ".", ":", "—", "(", ")",
            "said", "told", "according to", "went on", "he", "she", "who", "that", "Smith", "Ms.", "Ana Ruiz", "the minister", "it", "word"];
        var random = new Random(20250305);
        for (int n = 0; n < 1500; n++)
        {
            var sb = new StringBuilder();
            int count = random.Next(1, 60);
            for (int i = 0; i < count; i++) sb.Append(pieces[random.Next(pieces.Length)]);
            var text = sb.ToString();
            var doc = QuoteTestSupport.QuotesOnly.Process(text);
            doc.ShouldHaveValidSpans();
            var withEntities = QuoteTestSupport.WithEntities(QuoteTestSupport.Mentions(text,
                ("Ana Ruiz", EntityType.Person, "Ana Ruiz"), ("Smith", EntityType.Person, "John Smith"))).Process(text);
            withEntities.ShouldHaveValidSpans();
        }
    }

    [Fact]
    public void UnclosedQuote_DoesNotSwallowTheNextParagraphs()
    {
        const string text = "Smith said: \"We will win.\nThe council met on Friday.\n\"It was a good meeting,\" Jones said.";
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Should().Contain(q => q.Text == "It was a good meeting," && q.Speaker!.Text == "Jones");
        doc.Quotes.Should().NotContain(q => q.Text.Contains("council", StringComparison.Ordinal));
    }

    [Fact]
    public void Apostrophes_AreNotQuoteMarks()
    {
        const string text = "The leaders' talks in the '90s weren't easy, O'Brien said.";
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Should().ContainSingle().Which.Kind.Should().Be(QuoteKind.Indirect);
    }

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
        var small = Repeat(unit, 4_000);
        var large = Repeat(unit, 32_000);
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
