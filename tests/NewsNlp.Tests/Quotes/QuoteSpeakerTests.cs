using System.Text.Json;

namespace NewsNlp.Tests.Quotes;

/// <summary>Speaker names: named mentions, pronouns, descriptions, quote-only paragraphs and multi-paragraph quotes.</summary>
public class QuoteSpeakerTests
{
    [Fact]
    public void Seed_WithGoldEntities_AllTenQuotesMatchTheGold()
    {
        using var gold = JsonDocument.Parse(TestData.SeedGoldJson);
        var text = TestData.SeedText;
        var entities = gold.RootElement.GetProperty("entities").EnumerateArray().Select(e =>
        {
            int start = e.GetProperty("start").GetInt32(), end = e.GetProperty("end").GetInt32();
            var type = Enum.Parse<EntityType>(e.GetProperty("type").GetString()!, ignoreCase: true);
            var name = e.TryGetProperty("name", out var n) ? n.GetString()! : e.GetProperty("text").GetString()!;
            return new Entity(TextSpan.FromBounds(start, end), text[start..end], type, name);
        }).ToList();

        // The seed's gold is who said what: verbs of saying only.
        var doc = QuoteTestSupport.WithEntities(entities, QuoteTestSupport.Speech).Process(text, TestData.SeedPublished);
        doc.ShouldHaveValidSpans();

        var expected = gold.RootElement.GetProperty("quotes").EnumerateArray().Select(q => (
            q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("kind").GetString()!,
            q.GetProperty("cue").ValueKind == JsonValueKind.Null ? null : q.GetProperty("cue").GetString(),
            q.GetProperty("speaker").ValueKind == JsonValueKind.Null ? null : q.GetProperty("speaker").GetProperty("text").GetString(),
            q.GetProperty("speaker").ValueKind == JsonValueKind.Null ? -1 : q.GetProperty("speaker").GetProperty("start").GetInt32(),
            q.GetProperty("speakerName").GetString())).ToList();
        var actual = doc.Quotes.Select(q => (q.Span.Start, q.Span.End, Quote.KindName(q.Kind), q.Cue?.Text, q.Speaker?.Text,
            q.Speaker?.Span.Start ?? -1, q.SpeakerName)).ToList();
        actual.Should().Equal(expected);

        // With stances on the ten quotes are all still there, unchanged; anything else is a stance, not speech.
        var all = QuoteTestSupport.WithEntities(entities, QuoteTestSupport.Stances).Process(text, TestData.SeedPublished);
        all.ShouldHaveValidSpans();
        var withStances = all.Quotes.Select(q => (q.Span.Start, q.Span.End, Quote.KindName(q.Kind), q.Cue?.Text, q.Speaker?.Text,
            q.Speaker?.Span.Start ?? -1, q.SpeakerName)).ToList();
        withStances.Should().Contain(expected);
        // "Lukashenko praised Trump's efforts …", "Moscow and Kyiv accused each other of violations".
        foreach (var extra in withStances.Except(expected)) extra.Item4.Should().BeOneOf("praised", "accused");
    }

    [Fact]
    public void Seed_WithoutEntities_FindsAllTenQuotesWithTheirSpeakerMentions()
    {
        using var gold = JsonDocument.Parse(TestData.SeedGoldJson);
        var doc = QuoteTestSupport.SpeechOnly.Process(TestData.SeedText, TestData.SeedPublished);
        doc.ShouldHaveValidSpans();
        var expected = gold.RootElement.GetProperty("quotes").EnumerateArray()
            .Select(q => (q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("kind").GetString()!)).ToList();
        doc.Quotes.Select(q => (q.Span.Start, q.Span.End, Quote.KindName(q.Kind))).Should().Equal(expected);
        QuoteTestSupport.QuotesOnly.Process(TestData.SeedText, TestData.SeedPublished).Quotes
            .Select(q => (q.Span.Start, q.Span.End, Quote.KindName(q.Kind))).Should().Contain(expected);
    }

    private const string Story =
        "Finance Minister Elena Vasquez presented the budget on Monday.\n" +
        "\"This budget protects pensions,\" she said.\n" +
        "Opposition leader Mark Dunn attacked the plan. \"It is a fantasy,\" he told reporters.\n" +
        "The 54-year-old minister later insisted: \"Every number has been checked twice.\"\n" +
        "\"We will publish the details next week.\"\n" +
        "A spokesman for the treasury said the figures were final.\n" +
        "The Central Bank said inflation would fall.\n";

    // Speech only: with stances on, "Mark Dunn attacked the plan" is one more attribution (StanceInTheStory_IsAnAttributionToo).
    private static NewsDocument ProcessStory(QuotesOptions? options = null) => QuoteTestSupport.WithEntities(QuoteTestSupport.Mentions(Story,
        ("Elena Vasquez", EntityType.Person, "Elena Vasquez"), ("Mark Dunn", EntityType.Person, "Mark Dunn"),
        ("Central Bank", EntityType.Org, "Central Bank")), options ?? QuoteTestSupport.Speech).Process(Story);

    [Fact]
    public void StanceInTheStory_IsAnAttributionToo()
    {
        var doc = ProcessStory(QuoteTestSupport.Stances);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Should().HaveCount(7);
        var q = doc.Quotes.Single(x => x.Cue?.Text == "attacked");
        q.Text.Should().Be("the plan");
        q.Speaker!.Text.Should().Be("Mark Dunn");
        q.SpeakerName.Should().Be("Mark Dunn");
        q.Kind.Should().Be(QuoteKind.Indirect);
    }

    [Fact]
    public void Pronoun_ResolvesToTheMostSalientCompatiblePerson()
    {
        var doc = ProcessStory();
        doc.ShouldHaveValidSpans();
        doc.Quotes[0].Speaker!.Text.Should().Be("she");
        doc.Quotes[0].SpeakerName.Should().Be("Elena Vasquez");
        doc.Quotes[1].Speaker!.Text.Should().Be("he");
        doc.Quotes[1].SpeakerName.Should().Be("Mark Dunn");
    }

    [Fact]
    public void SourceCloseToAName_IsNotThatName()
    {
        const string text = "The race is tighter than it looks, people close to Ana Ruiz say.\n\nA source close to Ruiz said the plan was dead.";
        var entities = QuoteTestSupport.Mentions(text, ("Ana Ruiz", EntityType.Person, "Ana Ruiz"), ("Ruiz", EntityType.Person, "Ana Ruiz"));
        var doc = QuoteTestSupport.WithEntities(entities).Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Speaker!.Text).Should().Equal("people close to Ana Ruiz", "A source close to Ruiz");
        doc.Quotes.Should().OnlyContain(q => q.SpeakerName == null);
    }

    [Fact]
    public void Description_ResolvesToThePersonCarryingTheTitle()
    {
        var q = ProcessStory().Quotes[2];
        q.Speaker!.Text.Should().Be("The 54-year-old minister");
        q.Cue!.Text.Should().Be("insisted");
        q.SpeakerName.Should().Be("Elena Vasquez");
    }

    [Fact]
    public void QuoteOnlyParagraph_ContinuesThePreviousSpeaker()
    {
        var q = ProcessStory().Quotes[3];
        q.Text.Should().Be("We will publish the details next week.");
        q.Cue.Should().BeNull();
        q.Speaker.Should().BeNull();
        q.SpeakerName.Should().Be("Elena Vasquez");
    }

    [Fact]
    public void UnknownDescription_IsTheSpeakerWithoutAName_AndOrganisationsSpeak()
    {
        var doc = ProcessStory();
        doc.Quotes[4].Speaker!.Text.Should().Be("A spokesman for the treasury");
        doc.Quotes[4].SpeakerName.Should().BeNull();
        doc.Quotes[5].Speaker!.Text.Should().Be("Central Bank");
        doc.Quotes[5].SpeakerName.Should().Be("Central Bank");
        doc.Quotes.Should().HaveCount(6);
    }

    [Fact]
    public void GenderFromFirstNames_SkipsTheIncompatibleNearerPerson()
    {
        const string text = "Sarah Jennings met David Cole in Boston.\n\"The meeting went well,\" she said.";
        var doc = QuoteTestSupport.WithEntities(QuoteTestSupport.Mentions(text,
            ("Sarah Jennings", EntityType.Person, "Sarah Jennings"), ("David Cole", EntityType.Person, "David Cole"))).Process(text);
        doc.Quotes.Should().ContainSingle().Which.SpeakerName.Should().Be("Sarah Jennings");
    }

    [Fact]
    public void MultiParagraphQuote_OpensEachParagraph_ClosesOnlyAtTheEnd()
    {
        const string text =
            "Governor Ray Holt said: \"We have three priorities.\n" +
            "\"First, the roads. Second, the schools.\n" +
            "\"Third, and most important, the hospitals.\"\n" +
            "The session ended at noon.";
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.ShouldHaveValidSpans();
        doc.Quotes.Select(q => q.Text).Should().Equal(
            "We have three priorities.", "First, the roads. Second, the schools.", "Third, and most important, the hospitals.");
        doc.Quotes[0].Cue!.Text.Should().Be("said");
        doc.Quotes[0].Speaker!.Text.Should().Be("Ray Holt");
        doc.Quotes.Should().AllSatisfy(q => q.SpeakerName.Should().Be("Ray Holt"));
        doc.Quotes.Skip(1).Should().AllSatisfy(q => q.Speaker.Should().BeNull());
    }

    [Fact]
    public void MultiParagraphQuote_AttributedAtItsEnd_NamesEveryPart()
    {
        const string text =
            "\"The flood took everything.\n" +
            "\"We are starting again,\" said farmer Ines Alvarez.";
        var doc = QuoteTestSupport.QuotesOnly.Process(text);
        doc.Quotes.Select(q => q.Text).Should().Equal("The flood took everything.", "We are starting again,");
        doc.Quotes.Should().AllSatisfy(q => q.SpeakerName.Should().Be("Ines Alvarez"));
    }

    [Fact]
    public void RelativePronoun_IsTheMention_AndItsAntecedentTheName()
    {
        const string text = "The debate pitted Rosa Lind against Omar Haddad, who said the plan would fail.";
        var doc = QuoteTestSupport.WithEntities(QuoteTestSupport.Mentions(text,
            ("Rosa Lind", EntityType.Person, "Rosa Lind"), ("Omar Haddad", EntityType.Person, "Omar Haddad"))).Process(text);
        var q = doc.Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be("the plan would fail");
        q.Speaker!.Text.Should().Be("who");
        q.SpeakerName.Should().Be("Omar Haddad");
    }

    [Fact]
    public void NameTheEntitiesMissed_IsStillTheSpeakerName()
    {
        const string text = "\"We will appeal,\" Sen. Tomas Ekberg said.";
        var doc = QuoteTestSupport.WithEntities([new Entity(new TextSpan(0, 1), "\"", EntityType.Misc, "x")]).Process(text);
        var q = doc.Quotes.Should().ContainSingle().Subject;
        q.Speaker!.Text.Should().Be("Sen. Tomas Ekberg");
        q.SpeakerName.Should().Be("Tomas Ekberg");
    }

    [Fact]
    public void Fallback_GroupsShortMentionsUnderTheFullName()
    {
        const string text = "Defence Minister Paulo Serra visited the base.\n\"We are ready,\" Serra said.";
        var q = QuoteTestSupport.QuotesOnly.Process(text).Quotes.Should().ContainSingle().Subject;
        q.Speaker!.Text.Should().Be("Serra");
        q.SpeakerName.Should().Be("Paulo Serra");
    }
}
