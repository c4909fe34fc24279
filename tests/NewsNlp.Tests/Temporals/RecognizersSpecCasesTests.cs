namespace NewsNlp.Tests.Temporals;

/// <summary>
/// A few cases copied from Microsoft Recognizers-Text's English specs (Specs/DateTime/English,
/// Specs/NumberWithUnit/English; commit 90e968ea44dc8fda3f2e1c3e4b20aa233817488d).
/// Copyright (c) Microsoft Corporation. Licensed under the MIT licence (see
/// shared/specs/recognizers/LICENSE-Recognizers-Text.txt). Values are mapped to our contract:
/// relative dates are resolved against the reference date given as the publication date.
/// </summary>
public class RecognizersSpecCasesTests
{
    private static readonly NewsPipeline s_nlp = new NewsPipelineBuilder().UseTemporals().UseQuantities().Build();

    [Theory]
    [InlineData("I'll go back 04th Jan 2019.", "2016-11-07", "04th Jan 2019", "2019-01-04")]
    [InlineData("fourth of july 1995", "2016-11-07", "fourth of july 1995", "1995-07-04")]
    [InlineData("schedule me a 1:1 meeting 14 nov 2023", "2016-11-07", "14 nov 2023", "2023-11-14")]
    [InlineData("We met on tuesday of last week", "2019-07-30", "tuesday of last week", "2019-07-23")]
    [InlineData("What date is 3 days from today?", "2019-08-24", "3 days from today", "2019-08-27")]
    [InlineData("It happened 2 weeks before May 13 1999.", "2016-11-07", "2 weeks before May 13 1999", "1999-04-29")]
    [InlineData("When was the previous easter?", "2019-02-12", "previous easter", "2018-04-01")]
    public void DateTimeModel(string input, string reference, string span, string value)
    {
        var doc = s_nlp.Process(input, DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture));
        doc.Temporals.Should().Contain(t => t.Text == span && t.Value == value);
    }

    [Theory]
    [InlineData("the javadi hills are located about 17 km from ambur.", "17 km", "17", "km")]
    [InlineData("tigrean armies are now 200 miles north of addis ababa", "200 miles", "200", "mi")]
    [InlineData("normal temperature is 98.6 degrees fahrenheit", "98.6 degrees fahrenheit", "98.6", "°F")]
    [InlineData("in 2003 , bayern munich loaned € 2 million to dortmund", "€ 2 million", "2000000", "EUR")]
    public void NumberWithUnitModel(string input, string span, string value, string unit)
    {
        var doc = s_nlp.Process(input);
        doc.Quantities.Should().Contain(q => q.Text == span && q.Value == decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) && q.Unit == unit);
    }
}
