namespace NewsNlp.Tests.Temporals;

/// <summary>Work-counting tests run alone: the counter they read is shared by every lexicon.</summary>
[CollectionDefinition(nameof(LinearTimeTests), DisableParallelization = true)]
public sealed class LinearTimeCollection;

[Collection(nameof(LinearTimeTests))]
public class LinearTimeTests
{
    private static readonly NewsPipeline s_nlp = new NewsPipelineBuilder().UseTemporals().UseQuantities().Build();

    [Theory]
    [InlineData("1,000-2/3 ", true)]      // digits and separators, then one long run of digits
    [InlineData("Friday ", false)]        // one sentence of weekdays: the tense search is bounded
    [InlineData("1 day after ", false)]   // anchors inside anchors: the nesting is bounded
    [InlineData("$1 (2 km) or ", false)]  // money and restatements
    [InlineData("one hundred and ", false)] // number words
    [InlineData("30C in heat ", false)]   // temperatures and their context
    [InlineData("next next 6th of ", false)] // "next" before a date, nested
    [InlineData("Studio 5 Rock ", false)]  // numbers in names: the title-case look is bounded
    [InlineData("at the moment ", false)]  // the past-verb look beside "at the moment" is bounded
    public void AdversarialInput_WorkScalesLinearly(string piece, bool digitTail)
    {
        // A size-scaling check on a deterministic work count (lexicon look-ups, which every scanning
        // step makes), not on the clock: 8x the input may cost about 8x the work, never the 64x of a
        // quadratic scan.
        string Adversarial(int size) =>
            string.Concat(Enumerable.Repeat(piece, size / 2 / piece.Length)) + (digitTail ? new string('9', size / 2) : "");
        static long Work(string text)
        {
            LexiconStats.Counting = true;
            try
            {
                long before = LexiconStats.Lookups;
                s_nlp.Process(text, new DateOnly(2025, 3, 5));
                return LexiconStats.Lookups - before;
            }
            finally
            {
                LexiconStats.Counting = false;
            }
        }
        long small = Work(Adversarial(12_500));
        long large = Work(Adversarial(100_000));
        small.Should().BePositive();
        ((double)large / small).Should().BeLessThan(8 * 1.25, "100 000 characters of adversarial input must scan in linear time");
    }
}
