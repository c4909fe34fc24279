namespace NewsNlp.Tests.Text;

public class SentenceSplitterTests
{
    private static readonly NewsPipeline s_pipeline = new NewsPipelineBuilder().Build();

    private static string[] Sentences(string text)
    {
        var doc = s_pipeline.Process(text);
        return doc.Sentences.Select(s => doc.GetText(s.Span)).ToArray();
    }

    [Theory]
    [InlineData("Mr. Smith went to Washington. He left.", new[] { "Mr. Smith went to Washington.", "He left." })]
    [InlineData("The U.S. Army said so. It was late.", new[] { "The U.S. Army said so.", "It was late." })]
    [InlineData("He moved to the U.S. The move was quick.", new[] { "He moved to the U.S.", "The move was quick." })]
    [InlineData("J. R. R. Tolkien wrote it. Then he slept.", new[] { "J. R. R. Tolkien wrote it.", "Then he slept." })]
    [InlineData("On Feb. 27 they met. At 9 a.m. they left.", new[] { "On Feb. 27 they met.", "At 9 a.m. they left." })]
    [InlineData("It costs $2.5 million. Really.", new[] { "It costs $2.5 million.", "Really." })]
    public void Abbreviations_DoNotEndSentencesUnlessASentenceFollows(string text, string[] expected) => Sentences(text).Should().Equal(expected);

    [Theory]
    [InlineData("\"We will win.\" He smiled.", new[] { "\"We will win.\"", "He smiled." })]
    [InlineData("\"We will win,\" he said. Then he left.", new[] { "\"We will win,\" he said.", "Then he left." })]
    [InlineData("\"Why?\" he asked.", new[] { "\"Why?\" he asked." })]
    [InlineData("He said \"no.\" Then he left.", new[] { "He said \"no.\"", "Then he left." })]
    [InlineData("(It was late.) They left.", new[] { "(It was late.)", "They left." })]
    [InlineData("Wait... what? Yes!", new[] { "Wait... what?", "Yes!" })]
    public void ClosingQuotesAndBrackets_StayWithTheirSentence(string text, string[] expected) => Sentences(text).Should().Equal(expected);

    [Fact]
    public void HeadlineAndDateline_AreSentencesOfTheirOwn()
    {
        const string text = "Belarus offers to host talks\nSaturday, April 4, 2009\nThe president said so. He meant it.";
        Sentences(text).Should().Equal("Belarus offers to host talks", "Saturday, April 4, 2009", "The president said so.", "He meant it.");
    }

    [Fact]
    public void NewParagraph_AlwaysStartsASentence()
    {
        var doc = s_pipeline.Process("no period here\nnext paragraph");
        doc.Sentences.Select(s => s.ParagraphIndex).Should().Equal(0, 1);
        doc.Paragraphs.Select(p => (p.FirstSentenceIndex, p.SentenceCount)).Should().Equal((0, 1), (1, 1));
    }

    [Fact]
    public void SentencesAndParagraphs_CoverEveryTokenOnce()
    {
        var doc = s_pipeline.Process(TestData.SeedText);
        doc.Sentences.Sum(s => s.TokenCount).Should().Be(doc.Tokens.Length);
        doc.Paragraphs.Sum(p => p.TokenCount).Should().Be(doc.Tokens.Length);
        for (int i = 1; i < doc.Sentences.Length; i++)
            doc.Sentences[i].FirstTokenIndex.Should().Be(doc.Sentences[i - 1].TokenEnd);
    }
}
