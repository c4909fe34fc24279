using System.Globalization;

namespace NewsNlp.Tests.Numbers;

public class NumberParsingTests
{
    /// <summary>The short-number fast path must give the general parser's value and scale (trailing zeros kept).</summary>
    [Theory]
    [InlineData("0")]
    [InlineData("007")]
    [InlineData("5")]
    [InlineData("2,000")]
    [InlineData("1,234,567")]
    [InlineData("1.5")]
    [InlineData("1.50")]
    [InlineData("0.05")]
    [InlineData("00.5")]
    [InlineData("999999999999999999")]
    [InlineData("99999999999999999.9")]
    [InlineData("1234567890123456789")]
    [InlineData("12345678901234567.89")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.2.3")]
    [InlineData("\u22125")]
    public void TryParsePlain_MatchesDecimalParse(string s)
    {
        bool expected = decimal.TryParse(s.Replace(",", "", StringComparison.Ordinal).Replace('\u2212', '-'),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var want);
        NumberScanner.TryParsePlain(s, out var got).Should().Be(expected);
        if (expected) got.ToString(CultureInfo.InvariantCulture).Should().Be(want.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Number words are summed in long arithmetic; a sum past a long ("nine dozen" twenty times,
    /// about 10^23) is read again in decimal and keeps its exact value.
    /// </summary>
    [Fact]
    public void TryScan_WordsPastALong_ReadInDecimal()
    {
        string text = string.Join(' ', Enumerable.Repeat("nine dozen", 20));
        var tokens = NewsTokenizer.Tokenize(text);
        decimal want = 0;
        for (int k = 0; k < 20; k++) want = (want + 9) * 12;
        want.Should().BeGreaterThan(long.MaxValue);
        NumberScanner.TryScan(text, tokens.AsSpan(), 0, tokens.Length, false, out var match).Should().BeTrue();
        match.End.Should().Be(40);
        match.Value.Should().Be(want);
    }
}
