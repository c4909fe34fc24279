using System.Diagnostics;

namespace NewsNlp.Tests.Temporals;

public class TemporalTests
{
    private static readonly NewsPipeline s_nlp = new NewsPipelineBuilder().UseTemporals().UseQuantities().Build();

    /// <summary>Wednesday 5 March 2025, the seed's publication date.</summary>
    private static readonly DateOnly s_published = new(2025, 3, 5);

    private static Temporal Single(string text, DateOnly? published)
    {
        var doc = s_nlp.Process(text, published);
        doc.Temporals.Should().ContainSingle($"\"{text}\" holds one temporal expression");
        var t = doc.Temporals[0];
        text.Substring(t.Span.Start, t.Span.Length).Should().Be(t.Text);
        return t;
    }

    /// <summary>The text holds one temporal expression, with this span, contract type (DATE, DURATION, ...) and value.</summary>
    private static void ReadsAs(string text, string span, string type, string value) =>
        Single(text, s_published).Should().Match<Temporal>(t => t.Text == span && t.Type.ToString().ToUpperInvariant() == type && t.Value == value);

    /// <summary>Dates are written with four-digit years and two-digit months and days, zeros included.</summary>
    [Theory]
    [InlineData("It happened yesterday.", 5, 1, 2, "0005-01-01")]
    [InlineData("It happened on Friday.", 999, 12, 31, "0999-12-27")]
    [InlineData("It happened last month.", 10, 1, 9, "0009-12")]
    [InlineData("It happened on February 27.", 2025, 3, 5, "2025-02-27")]
    public void DateValues_ArePaddedWithZeros(string text, int year, int month, int day, string expected) =>
        Single(text, new DateOnly(year, month, day)).Value.Should().Be(expected);

    // span, value with the publication date, value without one
    [Theory]
    [InlineData("It was recorded on February 27.", "February 27", "2025-02-27", "XXXX-02-27")]
    [InlineData("It was recorded on 27 February 2025.", "27 February 2025", "2025-02-27", "2025-02-27")]
    [InlineData("It was recorded on Feb. 27.", "Feb. 27", "2025-02-27", "XXXX-02-27")]
    [InlineData("It was recorded on the 27th of February.", "27th of February", "2025-02-27", "XXXX-02-27")]
    [InlineData("It happened in 2014.", "2014", "2014", "2014")]
    [InlineData("It happened in March 2025.", "March 2025", "2025-03", "2025-03")]
    [InlineData("It happened in the 1990s.", "1990s", "199X", "199X")]
    [InlineData("It happened in the ’90s.", "’90s", "199X", "199X")]
    [InlineData("It happened on 2/27/2025.", "2/27/2025", "2025-02-27", "2025-02-27")]
    [InlineData("It happened on 27/2/2025.", "27/2/2025", "2025-02-27", "2025-02-27")]
    [InlineData("It happened on 2025-02-27.", "2025-02-27", "2025-02-27", "2025-02-27")]
    [InlineData("It happened yesterday.", "yesterday", "2025-03-04", null)]
    [InlineData("It happened last week.", "last week", "2025-W09", null)]
    [InlineData("It will happen next year.", "next year", "2026", null)]
    [InlineData("It happened two days ago.", "two days ago", "2025-03-03", null)]
    [InlineData("It happened earlier this month.", "earlier this month", "2025-03", null)]
    [InlineData("It happened this year.", "this year", "2025", null)]
    [InlineData("It happened in early March.", "early March", "2025-03", "XXXX-03")]
    [InlineData("It happened in mid-2024.", "mid-2024", "2024", "2024")]
    [InlineData("It happened in the late 1990s.", "late 1990s", "199X", "199X")]
    [InlineData("It happened on Christmas Day.", "Christmas Day", "2024-12-25", "XXXX-12-25")]
    [InlineData("The parade was held on St. Patrick's Day.", "St. Patrick's Day", "2024-03-17", "XXXX-03-17")]
    [InlineData("The parade will be held on Saint Patrick’s Day.", "Saint Patrick’s Day", "2025-03-17", "XXXX-03-17")]
    [InlineData("He spoke on Veterans Day.", "Veterans Day", "2024-11-11", "XXXX-11-11")]
    public void Date(string text, string span, string? withPublished, string? without)
    {
        var t = Single(text, s_published);
        t.Text.Should().Be(span);
        t.Type.Should().Be(TemporalType.Date);
        t.Value.Should().Be(withPublished);
        Single(text, null).Value.Should().Be(without, "without a publication date no year is invented");
    }

    [Fact]
    public void TwoYears_AreTwoDates()
    {
        var doc = s_nlp.Process("Talks were held in 2014 and 2015, and in 2014-2015.", s_published);
        doc.Temporals.Select(t => (t.Text, t.Value)).Should().Equal(("2014", "2014"), ("2015", "2015"), ("2014", "2014"), ("2015", "2015"));
        doc.Quantities.Should().BeEmpty("years are not cardinals");
    }

    // The tense of the clause picks the weekday: past → the last such day up to the publication
    // date, future → the next one from it (Wednesday 5 March 2025).
    [Theory]
    [InlineData("Trump said Tuesday that he was ready.", "Tuesday", "2025-03-04")]
    [InlineData("He told reporters in an interview published Wednesday.", "Wednesday", "2025-03-05")]
    [InlineData("They clashed in the Oval Office on Friday.", "Friday", "2025-02-28")]
    [InlineData("He will visit Kyiv on Friday.", "Friday", "2025-03-07")]
    [InlineData("On Monday, he is going to meet Putin.", "Monday", "2025-03-10")]
    [InlineData("Last Friday the talks failed.", "Last Friday", "2025-02-28")]
    [InlineData("They meet next Friday.", "next Friday", "2025-03-14")]
    [InlineData("They met this past Monday.", "this past Monday", "2025-03-03")]
    [InlineData("They met on Friday morning.", "Friday morning", "2025-02-28TMO")]
    [InlineData("They met on Tuesday of last week.", "Tuesday of last week", "2025-02-25")]
    public void Weekday_ResolvedWithTheTense(string text, string span, string value)
    {
        var t = Single(text, s_published);
        t.Text.Should().Be(span);
        t.Value.Should().Be(value);
    }

    // A date after "this/next/last" and a weekday: one DATE when it is in brackets or names the same
    // day; two expressions when it names another day (5 March 2025 is a Wednesday).
    [Theory]
    [InlineData("The vote is this Friday (Mar-7).", "this Friday (Mar-7)", "2025-03-07")]
    [InlineData("The vote is next Friday, March 14.", "next Friday, March 14", "2025-03-14")]
    [InlineData("The vote is this Friday 3.7 in Kyiv.", "this Friday 3.7", "2025-03-07")]
    public void Weekday_WithItsDate_IsOneDate(string text, string span, string value)
    {
        var t = Single(text, s_published);
        t.Text.Should().Be(span);
        t.Value.Should().Be(value);
    }

    [Fact]
    public void Weekday_BesideAnotherDay_StaysTwoExpressions()
    {
        var doc = s_nlp.Process("The vote will be held this Friday March 14.", s_published);
        doc.Temporals.Select(t => t.Text).Should().Equal("this Friday", "March 14");
        doc.Temporals[0].Value.Should().Be("2025-03-07");
    }

    [Theory]
    [InlineData("On 2016 10 16, the conference started.", "2016 10 16", "2016-10-16")]
    [InlineData("Ballots dated 11/20, 12 of Nov or later count.", "11/20", "2024-11-20")]
    public void NumericDate(string text, string span, string value) =>
        s_nlp.Process(text, s_published).Temporals.Should().Contain(t => t.Text == span && t.Value == value);

    /// <summary>
    /// A two-part slash that cannot be a common fraction is a month and a day even without "on"; with no
    /// date word before it, it is most often an event's name, so its year is not taken from the publication date.
    /// </summary>
    [Theory]
    [InlineData("Families of the 9/11 victims spoke.", "9/11", "XXXX-09-11")]
    [InlineData("I'll go back 4/22.", "4/22", "XXXX-04-22")]
    [InlineData("It happened on 4/22.", "4/22", "2024-04-22")]
    public void TwoPartSlash_IsADate_UnlessItCanBeACommonFraction(string text, string span, string value)
    {
        var doc = s_nlp.Process(text, s_published);
        doc.Temporals.Should().ContainSingle().Which.Should().Match<Temporal>(t => t.Text == span && t.Value == value && t.Type == TemporalType.Date);
        doc.Quantities.Should().BeEmpty("a date is no fraction");
    }

    [Theory]
    [InlineData("Some 3/4 of voters agreed.", "3/4", "0.75")]
    [InlineData("It is 9/10 of the total.", "9/10", "0.9")]
    [InlineData("The drill is 5/16 wide.", "5/16", "0.3125")]
    public void TwoPartSlash_CommonFraction_StaysANumber(string text, string span, string value)
    {
        var doc = s_nlp.Process(text, s_published);
        doc.Temporals.Should().BeEmpty();
        doc.Quantities.Should().ContainSingle().Which.Should().Match<Quantity>(q => q.Text == span && q.Value == decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Trouble began in the 1930’s.", "1930’s", "193X")]
    [InlineData("Trouble began in the 1990's.", "1990's", "199X")]
    public void Decade_WithAnApostrophe(string text, string span, string value) =>
        Single(text, s_published).Should().Match<Temporal>(t => t.Text == span && t.Value == value);

    /// <summary>"on a Monday": any Monday, whose date the calendar cannot give.</summary>
    [Fact]
    public void Weekday_AfterA_IsNotResolved() =>
        Single("We pick the ideas on a Monday.", s_published).Value.Should().Be("XXXX-WXX-1");

    [Theory]
    [InlineData("It was before the 2014 protests.", "2014")]
    [InlineData("He won the 2016 elections.", "2016")]
    public void Year_AfterThe_BeforeAPluralNoun(string text, string year)
    {
        var doc = s_nlp.Process(text, s_published);
        doc.Temporals.Should().ContainSingle().Which.Value.Should().Be(year);
        doc.Quantities.Should().BeEmpty();
    }

    [Theory]
    [InlineData("The 2000 troops left.")]
    [InlineData("About 2014 people came.")]
    public void Count_OfFourDigits_StaysACount(string text) =>
        s_nlp.Process(text, s_published).Temporals.Should().BeEmpty();

    [Fact]
    public void Now_InACompoundAdjective_IsNoTemporal() =>
        s_nlp.Process("He sold a now-defunct firm.", s_published).Temporals.Should().BeEmpty();

    [Theory]
    [InlineData("She hosted Saturday Night Live twice.")]
    [InlineData("It ran in Saturday Morning Breakfast Cereal comics.")]
    public void WeekdayAndPartOfDay_CapitalisedIntoAName_IsNoDate(string text) =>
        s_nlp.Process(text, s_published).Temporals.Should().BeEmpty();

    [Fact]
    public void WeekdayAndPartOfDay_IsADate() =>
        Single("They met on Saturday Night at the club.", s_published).Should().Match<Temporal>(t => t.Text == "Saturday Night" && t.Value == "2025-03-01TNI");

    [Fact]
    public void Everyday_BeforeANoun_MeansOrdinary() =>
        s_nlp.Process("It hurts everyday people.", s_published).Temporals.Should().BeEmpty();

    [Fact]
    public void Everyday_AsAnAdverb_IsASet() =>
        Single("I'll leave everyday.", s_published).Should().Match<Temporal>(t => t.Type == TemporalType.Set && t.Value == "P1D");

    [Theory]
    [InlineData("At the moment there are no plans.", "At the moment")]
    [InlineData("He is a black hole at the moment.", "at the moment")]
    [InlineData("I am fine at the minute.", "at the minute")]
    public void AtTheMoment_IsNow(string text, string span) =>
        Single(text, s_published).Should().Match<Temporal>(t => t.Text == span && t.Value == "PRESENT_REF");

    [Theory]
    [InlineData("He froze at the moment of impact.")]
    [InlineData("At the moment Sanders announced his bid, the race changed.")]
    [InlineData("Nobody realized it at the moment.")]
    public void AtTheMoment_OfAnotherTime_IsNotNow(string text) =>
        s_nlp.Process(text, s_published).Temporals.Should().BeEmpty();

    /// <summary>A long list keeps the tense of its start when its end is past the tense search window.</summary>
    [Fact]
    public void LongList_KeepsItsTense()
    {
        string places = string.Join(", ", Enumerable.Range(1, 12).Select(k => $"the fair number {k} of the tour in the town"));
        var doc = s_nlp.Process($"I am going to Rome in May, {places}, and then the final show in April.", s_published);
        doc.Temporals.Select(t => t.Value).Should().Equal("2025-05", "2025-04");
    }

    // published Wednesday 2025-03-05: spring since 1 March by the meteorological seasons
    [Theory]
    [InlineData("They married last summer.", "last summer", "2024-SU")]
    [InlineData("They will marry this summer.", "this summer", "2025-SU")]
    [InlineData("It was cold this winter.", "this winter", "2024-WI")]
    [InlineData("This winter will be mild.", "This winter", "2025-WI")]
    [InlineData("It was colder last winter.", "last winter", "2024-WI")]
    [InlineData("They vote this spring.", "this spring", "2025-SP")]
    [InlineData("They vote next spring.", "next spring", "2026-SP")]
    [InlineData("In the fall of 2007, she led.", "the fall of 2007", "2007-FA")]
    [InlineData("Sales rose in spring 2015.", "spring 2015", "2015-SP")]
    [InlineData("They will have trouble winning in the fall.", "the fall", "2025-FA")]
    [InlineData("He took over as speaker in the fall.", "the fall", "2024-FA")]
    public void Season(string text, string span, string value) =>
        Single(text, s_published).Should().Match<Temporal>(t => t.Text == span && t.Value == value && t.Type == TemporalType.Date);

    [Theory]
    [InlineData("The Arab Spring began.")]
    [InlineData("The fall of Rome was slow.")]
    [InlineData("After this fall in prices, they sold.")]
    public void SeasonWord_NotATime_IsNoTemporal(string text) =>
        s_nlp.Process(text, s_published).Temporals.Should().BeEmpty();

    [Fact]
    public void Season_WithoutPublicationDate_IsUnderspecified() =>
        Single("They married last summer.", null).Value.Should().Be("XXXX-SU");

    // published 2025-03-05; movable holidays computed for the year the tense picks
    [Theory]
    [InlineData("They met on Thanksgiving.", "Thanksgiving", "2024-11-28")]
    [InlineData("He spoke on Labor Day.", "Labor Day", "2024-09-02")]
    [InlineData("He spoke on Memorial Day.", "Memorial Day", "2024-05-27")]
    [InlineData("We will vote on Election Day.", "Election Day", "2025-11-04")]
    [InlineData("She called on Mother's Day.", "Mother's Day", "2024-05-12")]
    [InlineData("They will call on Father’s Day.", "Father’s Day", "2025-06-15")]
    [InlineData("They gathered on Presidents' Day.", "Presidents' Day", "2025-02-17")]
    [InlineData("He left on Good Friday.", "Good Friday", "2024-03-29")]
    [InlineData("It was Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", "2025-01-20")]
    [InlineData("The Fourth of July parade was big.", "Fourth of July", "2024-07-04")]
    [InlineData("On Valentine's Day she called.", "Valentine's Day", "2025-02-14")]
    public void MovableAndPossessiveHolidays(string text, string span, string value) =>
        Single(text, s_published).Should().Match<Temporal>(t => t.Text == span && t.Value == value);

    [Fact]
    public void MovableHoliday_WithoutPublicationDate_HasNoValue() =>
        Single("They met on Thanksgiving.", null).Value.Should().BeNull("the day moves with the year, which the text does not give");

    // published Wednesday 2025-03-05 (ISO week 10): the weekend before it is in week 9
    [Theory]
    [InlineData("He spoke over the weekend.", "the weekend", "DATE", "2025-W09-WE")]
    [InlineData("We will rest on the weekend.", "the weekend", "DATE", "2025-W10-WE")]
    [InlineData("Support grew over the past week.", "the past week", "DURATION", "P1W")]
    [InlineData("Sales fell in the past decade.", "the past decade", "DURATION", "P10Y")]
    [InlineData("He won this past week.", "this past week", "DATE", "2025-W09")]
    public void WeekendAndThePastWeek(string text, string span, string type, string value) =>
        ReadsAs(text, span, type, value);

    [Fact]
    public void ThePastWeekOfAMonth_IsNoDuration() =>
        Single("The past week of May was hot.", s_published).Text.Should().Be("May");

    [Theory]
    [InlineData("He recently said so.", "recently", "DATE", "PAST_REF")]
    [InlineData("It is currently hard.", "currently", "DATE", "PRESENT_REF")]
    [InlineData("In recent weeks he hired staff.", "recent weeks", "DURATION", "PXW")]
    [InlineData("It grew over recent years.", "recent years", "DURATION", "PXY")]
    public void VagueReferences_AsTimeML(string text, string span, string type, string value) =>
        ReadsAs(text, span, type, value);

    [Fact]
    public void RecentBeforeANoun_IsNoTemporal() =>
        s_nlp.Process("A recent poll showed it.", s_published).Temporals.Should().BeEmpty();

    [Theory]
    [InlineData("It will be done by the end of the year.", "end of the year", "2025")]
    [InlineData("He left at the end of this month.", "end of this month", "2025-03")]
    [InlineData("We go at the start of next week.", "start of next week", "2025-W11")]
    public void EndOfAPeriod_IsThePeriod(string text, string span, string value) =>
        Single(text, s_published).Should().Match<Temporal>(t => t.Text == span && t.Value == value);

    [Theory]
    [InlineData("At the end of the day it works.")]
    [InlineData("Stay in the middle of the road.")]
    public void EndOfTheDay_AndOtherIdioms_AreNoTemporal(string text) =>
        s_nlp.Process(text, s_published).Temporals.Should().BeEmpty();

    [Theory]
    [InlineData("He will act in the coming days.", "the coming days", "DURATION", "PXD")]
    [InlineData("It will grow over the coming months.", "the coming months", "DURATION", "PXM")]
    [InlineData("He spoke earlier in the day.", "earlier in the day", "DATE", "2025-03-05")]
    [InlineData("Earlier in the week, he called.", "Earlier in the week", "DATE", "2025-W10")]
    public void ComingDays_AndEarlierInTheDay(string text, string span, string type, string value) =>
        ReadsAs(text, span, type, value);

    [Theory]
    [InlineData("Its goal in the first quarter of 2016 was met.", "first quarter of 2016", "2016-Q1")]
    [InlineData("Profit in the fourth quarter of last year fell.", "fourth quarter of last year", "2024-Q4")]
    public void CalendarQuarter(string text, string span, string value) =>
        Single(text, s_published).Should().Match<Temporal>(t => t.Text == span && t.Value == value);

    [Fact]
    public void QuarterOfAGame_IsNoDate() =>
        s_nlp.Process("He scored in the first quarter of the game.", s_published).Temporals.Should().BeEmpty();

    [Theory]
    [InlineData("At the age of 40 he was credited.", "age of 40", "AGE", "P40Y")]
    [InlineData("He left school at age 16.", "age 16", "AGE", "P16Y")]
    public void AtAge_IsAnAge(string text, string span, string type, string value) => ReadsAs(text, span, type, value);

    [Fact]
    public void TheAgeOfAName_IsNoAge() => s_nlp.Process("The age of Trump is here.", s_published).Temporals.Should().BeEmpty();

    [Fact]
    public void RoundTheClock_IsNoDate() => s_nlp.Process("The shop is open 24/7.", s_published).Temporals.Should().BeEmpty();

    [Fact]
    public void Weekday_WithoutPublicationDate_IsUnderspecified() =>
        Single("Trump said Tuesday that he was ready.", null).Value.Should().Be("XXXX-WXX-2");

    [Theory]
    [InlineData("The meeting starts at 3pm.", "3pm", "T15:00")]
    [InlineData("The meeting starts at 3 p.m. today.", "3 p.m. today", "2025-03-05T15:00")]
    [InlineData("The meeting starts at 14:30 GMT.", "14:30 GMT", "T14:30")]
    [InlineData("They will meet on Friday at 4pm.", "Friday at 4pm", "2025-03-07T16:00")]
    [InlineData("They met last night at 8.", "last night at 8", "2025-03-04T20:00")]
    [InlineData("It started at 5 in the morning.", "5 in the morning", "T05:00")]
    [InlineData("It starts on Sunday at 8 in the evening.", "Sunday at 8 in the evening", "2025-03-02T20:00")]
    [InlineData("The polls close at 9.am tomorrow.", "9.am tomorrow", "2025-03-06T09:00")]
    [InlineData("The polls close at 8 p . m .", "8 p . m .", "T20:00")]
    [InlineData("The polls close at 8 p. m", "8 p. m", "T20:00")]
    [InlineData("They met at a quarter past five.", "a quarter past five", "T05:15")]
    [InlineData("They met at quarter to nine.", "quarter to nine", "T08:45")]
    public void Time(string text, string span, string value)
    {
        var t = Single(text, s_published);
        t.Text.Should().Be(span);
        t.Type.Should().Be(TemporalType.Time);
        t.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("It ended the three-year conflict.", "three-year", "P3Y")]
    [InlineData("Half an hour in a plane.", "Half an hour", "PT30M")]
    [InlineData("It lasted two weeks.", "two weeks", "P2W")]
    [InlineData("It lasted 1.5 hours.", "1.5 hours", "PT1H30M")]
    [InlineData("It lasted 1 month and 21 days.", "1 month and 21 days", "P1M21D")]
    [InlineData("It lasted a couple of days.", "a couple of days", "P2D")]
    [InlineData("It lasted a few weeks.", "a few weeks", "PXW")]
    [InlineData("It lasted for a decade.", "a decade", "P10Y")]
    [InlineData("They stayed two nights.", "two nights", "P2D")]
    [InlineData("The course lasts three weekends.", "three weekends", "P3WE")]
    public void Duration(string text, string span, string value)
    {
        var t = Single(text, s_published);
        t.Text.Should().Be(span);
        t.Type.Should().Be(TemporalType.Duration);
        t.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("It lasted more than two hours.", "more than two hours", "PT2H", "more than")]
    [InlineData("They met at around 1pm.", "around 1pm", "T13:00", "approximately")]
    [InlineData("It took nearly a decade.", "nearly a decade", "P10Y", "nearly")]
    public void Modifier_IsInTheSpan_LikeTimeMLMod(string text, string span, string value, string modifier)
    {
        var t = Single(text, s_published);
        t.Text.Should().Be(span);
        t.Value.Should().Be(value);
        t.Modifier.Should().Be(modifier);
    }

    [Theory]
    [InlineData("A quarter of voters agree.")]
    [InlineData("He moved to St. Louis with Saint Patrick.")]
    [InlineData("Every other candidate withdrew.")]
    public void WordsOfTemporalPhrases_AloneAreNoTemporal(string text) =>
        s_nlp.Process(text, s_published).Temporals.Should().BeEmpty();

    [Theory]
    [InlineData("They meet every Monday.", "every Monday", "XXXX-WXX-1")]
    [InlineData("It is reviewed annually.", "annually", "P1Y")]
    [InlineData("They meet every two weeks.", "every two weeks", "P2W")]
    [InlineData("They meet every other week.", "every other week", "P2W")]
    [InlineData("A veteran dies every 72 minutes.", "every 72 minutes", "PT72M")]
    [InlineData("They meet on Mondays.", "Mondays", "XXXX-WXX-1")]
    [InlineData("They meet once a month.", "once a month", "P1M")]
    [InlineData("Bills are paid on the 19th of every month.", "19th of every month", "XXXX-XX-19")]
    public void Set(string text, string span, string value)
    {
        var t = Single(text, s_published);
        t.Text.Should().Be(span);
        t.Type.Should().Be(TemporalType.Set);
        t.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("But the 70-year-old president went on.", "70-year-old", "P70Y")]
    [InlineData("The president, aged 70, went on.", "aged 70", "P70Y")]
    [InlineData("Lukashenko, 70, said so.", "70", "P70Y")]
    [InlineData("a six-month-old baby", "six-month-old", "P6M")]
    [InlineData("The wall is 500 years old.", "500 years old", "P500Y")]
    public void Age(string text, string span, string value)
    {
        var doc = s_nlp.Process(text, s_published);
        var t = doc.Temporals.Should().ContainSingle().Subject;
        t.Text.Should().Be(span);
        t.Type.Should().Be(TemporalType.Age);
        t.Value.Should().Be(value);
        doc.Quantities.Should().BeEmpty("an age is not a cardinal");
    }

    [Theory]
    [InlineData("It was signed on February 30, 2025.", "February 30, 2025")]
    [InlineData("It was signed on 2/30/2025.", "2/30/2025")]
    public void BadInput_ImpossibleDate_HasNoValue(string text, string span)
    {
        var t = Single(text, s_published);
        t.Text.Should().Be(span);
        t.Value.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("10^400 February 30 $ km")]
    [InlineData("On 99/99/9999 at 99:99 in 0000.")]
    [InlineData("Call (206) 555-1212 or +1-222-2222-2222.")]
    [InlineData("2025-19th 2025st°€ hour20161016")]   // found by fuzzing: an ordinal inside a dashed date
    [InlineData("It cost 20,000.5 in 2020.")]          // eight characters that are not eight digits
    public void BadInput_NoExceptionNoInventedDate(string text)
    {
        var act = () => s_nlp.Process(text, s_published);
        act.Should().NotThrow();
        s_nlp.Process(text, DateOnly.MaxValue).Temporals.Should().NotContain(t => t.Value != null && t.Value.StartsWith("1000", StringComparison.Ordinal));
        s_nlp.Process(text, DateOnly.MinValue);
    }

    [Fact]
    public void Seed_AllTwelveTemporalsAndTwoQuantities_MatchTheGold()
    {
        var doc = s_nlp.Process(TestData.SeedText, TestData.SeedPublished);
        using var gold = System.Text.Json.JsonDocument.Parse(TestData.SeedGoldJson);
        var expected = gold.RootElement.GetProperty("temporals").EnumerateArray()
            .Select(t => (t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("type").GetString(), t.GetProperty("value").GetString()))
            .ToList();
        doc.Temporals.Select(t => (t.Span.Start, t.Span.End, (string?)Temporal.TypeName(t.Type), t.Value)).Should().Equal(expected);

        doc.Quantities.Select(q => (q.Text, q.Value)).Should().Equal(("three", 3m), ("200 kilometres", 200m));
        var distance = doc.Quantities[1];
        distance.SiValue.Should().Be(200000m);
        distance.Equivalent!.Text.Should().Be("125 miles");
        distance.Equivalent.SiValue.Should().Be(201168m);
        distance.Equivalent.Consistent.Should().BeTrue();
    }


    [Fact]
    public void Stages_AreThreadSafe_SameResultsFromManyThreads()
    {
        var expected = s_nlp.Process(TestData.SeedText, TestData.SeedPublished).ToJson();
        var results = new string[16];
        Parallel.For(0, results.Length, k => results[k] = s_nlp.Process(TestData.SeedText, TestData.SeedPublished).ToJson());
        results.Should().AllBe(expected);
    }

    /// <summary>
    /// One word of each pattern family that <c>TryMatch</c> reaches through the word's cues (the
    /// dispatch skips the patterns a word cannot start: it must not skip the one that matches).
    /// </summary>
    [Theory]
    [InlineData("They met at midnight.", "midnight", "T00:00")]
    [InlineData("It lasted half an hour.", "half an hour", "PT30M")]
    [InlineData("He works mornings.", "mornings", "TMO")]
    [InlineData("She calls twice a week.", "twice a week", "P1W")]
    [InlineData("It took a few days.", "a few days", "PXD")]
    [InlineData("He died aged 47.", "aged 47", "P47Y")]
    [InlineData("They spent the whole year there.", "whole year", "P1Y")]
    [InlineData("It rained all day long.", "all day", "P1D")]
    [InlineData("It happened the day after tomorrow.", "the day after tomorrow", "2025-03-07")]
    [InlineData("He left on the 27th.", "27th", "2025-02-27")]
    [InlineData("The station publishes weekly.", "weekly", "P1W")]
    [InlineData("They met on Wed. 5 March.", "Wed", "2025-03-05")]
    public void PatternFamilies_AreReachedThroughTheCues(string text, string span, string value)
    {
        var t = s_nlp.Process(text, s_published).Temporals[0];
        t.Text.Should().Be(span);
        t.Value.Should().Be(value);
    }
}
