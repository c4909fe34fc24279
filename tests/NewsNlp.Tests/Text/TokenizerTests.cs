namespace NewsNlp.Tests.Text;

public class TokenizerTests
{
    private static string[] Texts(string text) =>
        NewsTokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Theory]
    [InlineData("Trump’s plan", new[] { "Trump", "’s", "plan" })]
    [InlineData("Trump's plan", new[] { "Trump", "'s", "plan" })]
    [InlineData("don't go", new[] { "do", "n't", "go" })]
    [InlineData("they're here", new[] { "they", "'re", "here" })]
    [InlineData("we'll see", new[] { "we", "'ll", "see" })]
    [InlineData("I'd", new[] { "I", "'d" })]
    [InlineData("the leaders’ talks", new[] { "the", "leaders", "’", "talks" })]
    [InlineData("in the ’90s", new[] { "in", "the", "’90s" })]
    [InlineData("rock ’n’ roll", new[] { "rock", "’n’", "roll" })]
    [InlineData("O'Brien said", new[] { "O'Brien", "said" })]
    public void Apostrophes_AreNotQuoteMarks(string text, string[] expected) => Texts(text).Should().Equal(expected);

    [Theory]
    [InlineData("the U.S. embassy", new[] { "the", "U.S.", "embassy" })]
    [InlineData("Mr. Smith and Gen. Jones", new[] { "Mr.", "Smith", "and", "Gen.", "Jones" })]
    [InlineData("on Jan. 5 at 9 a.m. sharp", new[] { "on", "Jan.", "5", "at", "9", "a.m.", "sharp" })]
    [InlineData("J.R.R. Tolkien", new[] { "J.R.R.", "Tolkien" })]
    [InlineData("J. R. Smith", new[] { "J.", "R.", "Smith" })]
    [InlineData("No. 5 seed", new[] { "No.", "5", "seed" })]
    [InlineData("said no.", new[] { "said", "no", "." })]
    public void Abbreviations_KeepTheirPeriod(string text, string[] expected) => Texts(text).Should().Equal(expected);

    [Theory]
    [InlineData("1,000,000.5 people", new[] { "1,000,000.5", "people" })]
    [InlineData("$2.3bn", new[] { "$", "2.3", "bn" })]
    [InlineData("€5m", new[] { "€", "5", "m" })]
    [InlineData("£10", new[] { "£", "10" })]
    [InlineData("US$40", new[] { "US$", "40" })]
    [InlineData("5% rise", new[] { "5", "%", "rise" })]
    [InlineData("2014-2015", new[] { "2014", "-", "2015" })]
    [InlineData("10–20", new[] { "10", "–", "20" })]
    [InlineData("the 21st century", new[] { "the", "21st", "century" })]
    [InlineData("the 1990s", new[] { "the", "1990s" })]
    [InlineData("at 14:30 GMT", new[] { "at", "14:30", "GMT" })]
    [InlineData("on 2/27/2025", new[] { "on", "2/27/2025" })]
    [InlineData("3pm", new[] { "3", "pm" })]
    [InlineData("a -5 reading", new[] { "a", "-5", "reading" })]
    [InlineData("10,20", new[] { "10", ",", "20" })]
    public void Numbers_KeepSeparatorsAndSplitUnits(string text, string[] expected) => Texts(text).Should().Equal(expected);

    [Theory]
    [InlineData("a 70-year-old man", new[] { "a", "70", "-", "year", "-", "old", "man" })]
    [InlineData("Russia-Ukraine talks", new[] { "Russia", "-", "Ukraine", "talks" })]
    [InlineData("wait — no", new[] { "wait", "—", "no" })]
    [InlineData("so--then", new[] { "so", "--", "then" })]
    [InlineData("well... yes…", new[] { "well", "...", "yes", "…" })]
    public void HyphensDashesAndEllipses_AreTheirOwnTokens(string text, string[] expected) => Texts(text).Should().Equal(expected);

    [Fact]
    public void HyphenatedCompound_PiecesAfterTheFirstHaveNoSpaceBefore()
    {
        var tokens = NewsTokenizer.Tokenize("a 70-year-old");
        tokens.Select(t => t.Has(TokenFlags.SpaceBefore)).Should().Equal(true, true, false, false, false, false);
    }

    [Theory]
    [InlineData("see https://example.org/a?b=1.", new[] { "see", "https://example.org/a?b=1", "." })]
    [InlineData("(www.example.com)", new[] { "(", "www.example.com", ")" })]
    [InlineData("mail john.smith@example.co.uk today", new[] { "mail", "john.smith@example.co.uk", "today" })]
    public void UrlsAndEmails_AreSingleTokens(string text, string[] expected) => Texts(text).Should().Equal(expected);

    [Fact]
    public void UrlsAndEmails_HaveTheirKinds()
    {
        NewsTokenizer.Tokenize("https://a.org x@y.com").Select(t => t.Kind).Should().Equal(TokenKind.Url, TokenKind.Email);
    }

    [Theory]
    [InlineData("\"Yes,\" he said", new[] { QuoteRole.Open, QuoteRole.Close })]
    [InlineData("“Yes,” he said", new[] { QuoteRole.Open, QuoteRole.Close })]
    [InlineData("he said: \"no\".", new[] { QuoteRole.Open, QuoteRole.Close })]
    [InlineData("‘a’ and “b”", new[] { QuoteRole.Open, QuoteRole.Close, QuoteRole.Open, QuoteRole.Close })]
    [InlineData("``Yes,'' he said", new[] { QuoteRole.Open, QuoteRole.Close })]
    [InlineData("a\"b", new[] { QuoteRole.Ambiguous })]
    public void QuoteMarks_GetRolesFromGlyphAndContext(string text, QuoteRole[] expected)
    {
        NewsTokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.QuoteMark).Select(t => t.QuoteRole).Should().Equal(expected);
    }

    [Fact]
    public void SingleQuoteAfterPluralS_ClosesAnOpenSingleQuote()
    {
        const string text = "He called it ‘a win for the leaders’ and left";
        var marks = NewsTokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.QuoteMark).Select(t => t.QuoteRole);
        marks.Should().Equal(QuoteRole.Open, QuoteRole.Close);
    }

    [Fact]
    public void Tokens_CarryExactHalfOpenOffsets()
    {
        const string text = "  “Tell Trump,” Lukashenko said.";
        NewsTokenizer.Tokenize(text).Select(t => (t.Start, t.End)).Should().Equal(
            (2, 3), (3, 7), (8, 13), (13, 14), (14, 15), (16, 26), (27, 31), (31, 32));
    }

    [Theory]
    [InlineData("a\u00A0b", new[] { "a", "b" })]
    [InlineData("a\u200Bb", new[] { "a", "b" })]
    [InlineData("a\r\nb\rc\nd", new[] { "a", "b", "c", "d" })]
    [InlineData("emoji 😀 ok", new[] { "emoji", "😀", "ok" })]
    [InlineData("𝐀𝐁 word", new[] { "𝐀𝐁", "word" })]
    [InlineData("café naïve", new[] { "café", "naïve" })]
    public void OddWhitespaceAndUnicode_SeparateOrJoinCorrectly(string text, string[] expected) => Texts(text).Should().Equal(expected);

    [Fact]
    public void LineBreaks_MarkParagraphStarts()
    {
        var tokens = NewsTokenizer.Tokenize("one two\r\nthree\n\nfour");
        tokens.Select(t => t.Has(TokenFlags.ParagraphStart)).Should().Equal(true, false, true, true);
    }

    [Fact]
    public void CaseFlags_AreSet()
    {
        var tokens = NewsTokenizer.Tokenize("NATO Minsk said");
        tokens[0].Has(TokenFlags.AllCaps | TokenFlags.Capitalized).Should().BeTrue();
        tokens[1].Has(TokenFlags.Capitalized).Should().BeTrue();
        tokens[1].Has(TokenFlags.AllCaps).Should().BeFalse();
        tokens[2].Flags.HasFlag(TokenFlags.Capitalized).Should().BeFalse();
    }

    [Fact]
    public void Null_Throws() => FluentActions.Invoking(() => NewsTokenizer.Tokenize(null!)).Should().Throw<ArgumentNullException>();

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("\u200B\u200B")]
    public void EmptyOrWhitespace_GivesNoTokens(string text) => NewsTokenizer.Tokenize(text).Should().BeEmpty();
}
