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
}
