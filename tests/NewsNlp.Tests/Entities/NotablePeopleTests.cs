using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

public class NotablePeopleTests
{
    [Theory]
    [InlineData("Merkel met reporters in Berlin on Monday.", "Merkel", "Angela Merkel")]
    [InlineData("The talks stalled, Macron told reporters.", "Macron", "Emmanuel Macron")]
    [InlineData("Officials said Zelenskyy would travel to Paris.", "Zelenskyy", "Volodymyr Zelensky")]
    public void SurnameAlone_OfAWellKnownPerson_GetsTheFullName(string text, string mention, string name)
    {
        var doc = EntitiesTestPipeline.Process(text);
        doc.Entities.Should().Contain(e => e.Text == mention && e.Type == EntityType.Person)
            .Which.Name.Should().Be(name);
    }

    [Fact]
    public void FullerFormInTheDocument_WinsOverTheList()
    {
        var doc = EntitiesTestPipeline.Process("Eric Trump arrived in Rome on Monday. Trump said the visit was private.");
        doc.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name).Distinct().Should().Equal("Eric Trump");
    }

    [Fact]
    public void SharedSurnames_AreNeverGuessed()
    {
        var list = NotablePeople.Parse(new StringReader("# two Castros\nFidel Castro\nRaul Castro\nAngela Merkel\nFerdinand Marcos Jr.\n"));
        list.Should().NotContainKey("Castro");
        list["Merkel"].Should().Be("Angela Merkel");
        list["Marcos"].Should().Be("Ferdinand Marcos Jr.");
    }
}
