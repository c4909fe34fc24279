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
}
