namespace NewsNlp.Tests.Entities;

public class EntitiesTableTests
{
    /// <summary>Mentions as "text/TYPE" in order, e.g. "Angela Merkel/PERSON".</summary>
    private static string[] Mentions(string text)
    {
        var doc = EntitiesTestPipeline.Process(text);
        EntitiesTestPipeline.ShouldBeWellFormed(doc);
        return doc.Entities.Select(e => e.Text + "/" + Entity.TypeName(e.Type)).ToArray();
    }

    [Theory]
    [InlineData("German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Monday.",
        "German/NORP|Angela Merkel/PERSON|French/NORP|Emmanuel Macron/PERSON|Berlin/GPE")]
    [InlineData("The United Nations said fighting in Sudan had forced thousands to flee to Chad.",
        "United Nations/ORG|Sudan/GPE|Chad/GPE")]
    [InlineData("Microsoft shares rose 3% in New York after the company reported strong cloud sales.",
        "Microsoft/ORG|New York/GPE")]
    [InlineData("Tensions in the Middle East have pushed oil prices higher, analysts said.",
        "Middle East/LOC")]
    [InlineData("Ships crossing the Red Sea have been attacked by Yemeni rebels, officials in Egypt said.",
        "Red Sea/LOC|Yemeni/NORP|Egypt/GPE")]
    [InlineData("President Joe Biden spoke to reporters in the Oval Office on Tuesday.",
        "Joe Biden/PERSON|Oval Office/FAC")]
    [InlineData("Prime Minister Narendra Modi visited Afghan refugees in Pakistan.",
        "Narendra Modi/PERSON|Afghan/NORP|Pakistan/GPE")]
    [InlineData("NATO Secretary-General Mark Rutte warned that Russian forces were massing near Kharkiv.",
        "NATO/ORG|Mark Rutte/PERSON|Russian/NORP|Kharkiv/GPE")]
    [InlineData("Police in California arrested two men, the Los Angeles Times reported.",
        "California/GPE|Los Angeles Times/ORG")]
    [InlineData("the weather was fine and nothing happened.", "")]
    [InlineData("Saudi Arabia's Civil Defense Authority said the crane fell on Friday.",
        "Saudi Arabia/GPE|Civil Defense Authority/ORG")]
    [InlineData("The Clean Air Act was amended by Congress in 1990.", "Clean Air Act/MISC|Congress/ORG")]
    [InlineData("Belgium beat Panama 3-0 at the Fisht Stadium in Sochi on Monday.",
        "Belgium/GPE|Panama/GPE|Fisht Stadium/FAC|Sochi/GPE")]
    [InlineData("Hurricane Milton made landfall near Tampa, Florida, on Wednesday.",
        "Hurricane Milton/EVENT|Tampa/GPE|Florida/GPE")]
    [InlineData("Fishermen in the Bay of Bengal were warned by officials in India.",
        "Bay of Bengal/LOC|India/GPE")]
    [InlineData("Former U.S. Secretary of State Hillary Clinton told CNN on Sunday that voters in Ohio mattered.",
        "U.S./GPE|Hillary Clinton/PERSON|CNN/ORG|Ohio/GPE")]
    public void Sentence_MentionsAndTypes(string text, string expected)
    {
        Mentions(text).Should().Equal(expected.Length == 0 ? [] : expected.Split('|'));
    }

    [Fact]
    public void Names_Surname_TakesLongestFullForm()
    {
        var doc = EntitiesTestPipeline.Process(
            "Angela Merkel arrived in Paris on Sunday. Merkel later met business leaders. Officials said Merkel would return on Friday.");
        var merkel = doc.Entities.Where(e => e.Type == EntityType.Person).ToList();
        merkel.Select(e => e.Text).Should().Equal("Angela Merkel", "Merkel", "Merkel");
        merkel.Should().OnlyContain(e => e.Name == "Angela Merkel");
        merkel.Select(e => e.EntityId).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Names_CountryAliases_GroupedUnderOneName()
    {
        var doc = EntitiesTestPipeline.Process(
            "The United States imposed new tariffs. U.S. officials said the US would not back down.");
        var us = doc.Entities.Where(e => e.Type == EntityType.Gpe).ToList();
        us.Select(e => e.Text).Should().Equal("United States", "U.S.", "US");
        us.Should().OnlyContain(e => e.Name == "United States");
        us.Select(e => e.EntityId).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Names_Acronym_GroupedWithFullOrganisationName()
    {
        var doc = EntitiesTestPipeline.Process(
            "The World Health Organization warned of a new outbreak. The WHO said cases had doubled.");
        var who = doc.Entities.Where(e => e.Type == EntityType.Org).ToList();
        who.Select(e => e.Text).Should().Equal("World Health Organization", "WHO");
        who.Should().OnlyContain(e => e.Name == "World Health Organization");
    }

    [Fact]
    public void Names_DifferentPeople_DifferentEntities()
    {
        var doc = EntitiesTestPipeline.Process("John Smith met Mary Jones in London. Smith said Jones had agreed.");
        var people = doc.Entities.Where(e => e.Type == EntityType.Person).ToList();
        people.Select(e => e.Name).Should().Equal("John Smith", "Mary Jones", "John Smith", "Mary Jones");
        people[0].EntityId.Should().NotBe(people[1].EntityId);
        people[2].EntityId.Should().Be(people[0].EntityId);
        people[3].EntityId.Should().Be(people[1].EntityId);
    }

    [Fact]
    public void Descriptors_TitleKeptOutOfSpan_RememberedOnEntity()
    {
        var doc = EntitiesTestPipeline.Process(
            "Chinese Foreign Minister Wang Yi arrived in Moscow. Wang said talks were constructive.");
        var wang = doc.Entities.Where(e => e.Type == EntityType.Person).ToList();
        wang[0].Text.Should().Be("Wang Yi");
        wang.Should().OnlyContain(e => e.Name == "Wang Yi" && e.Descriptors.SequenceEqual(new[] { "Chinese Foreign Minister" }));
    }

    [Fact]
    public void Descriptors_TitleRunWithCountry()
    {
        var doc = EntitiesTestPipeline.Process("Former U.S. Secretary of State Hillary Clinton told CNN on Sunday that voters in Ohio mattered.");
        doc.Entities.Single(e => e.Type == EntityType.Person).Descriptors.Should().Equal("Former U.S. Secretary of State");
    }

    [Fact]
    public void Descriptors_PrepositionBeforeName_NotADescriptor()
    {
        var doc = EntitiesTestPipeline.Process("He worked as an attorney for Daniel Montalvo in California.");
        doc.Entities.Should().Contain(e => e.Text == "Daniel Montalvo" && e.Type == EntityType.Person);
        doc.Entities.Single(e => e.Text == "Daniel Montalvo").Descriptors.Should().BeEmpty();
    }

    [Fact]
    public void Descriptors_LowerCaseAdjective_NotATitle()
    {
        var doc = EntitiesTestPipeline.Process("The exhibition is a major Andy Warhol show, curator Kristin Wilkins said.");
        doc.Entities.Single(e => e.Text == "Andy Warhol").Descriptors.Should().BeEmpty();
        doc.Entities.Single(e => e.Text == "Kristin Wilkins").Descriptors.Should().Equal("curator");
    }

    [Fact]
    public void Descriptors_Appositive_Remembered()
    {
        var doc = EntitiesTestPipeline.Process("John Kirby, the White House national security spokesman, said the talks would continue.");
        var kirby = doc.Entities.Single(e => e.Type == EntityType.Person);
        kirby.Text.Should().Be("John Kirby");
        kirby.Descriptors.Should().Equal("White House national security spokesman");
    }
}
