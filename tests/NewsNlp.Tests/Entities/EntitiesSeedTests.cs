using System.Text.Json;

namespace NewsNlp.Tests.Entities;

public class EntitiesSeedTests
{
    private sealed record GoldMention(int Start, int End, string Text, string Type, string? Name, bool Optional);

    private static List<GoldMention> Gold()
    {
        using var json = JsonDocument.Parse(TestData.SeedGoldJson);
        return json.RootElement.GetProperty("entities").EnumerateArray().Select(e => new GoldMention(
            e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("text").GetString()!,
            e.GetProperty("type").GetString()!,
            e.TryGetProperty("name", out var n) ? n.GetString() : null,
            e.TryGetProperty("optional", out var o) && o.GetBoolean())).ToList();
    }

    private static NewsDocument Seed() => EntitiesTestPipeline.Instance.Process(TestData.SeedText, TestData.SeedPublished);

    [Fact]
    public void Seed_EntityF1_AtLeast095_IgnoringOptionalGold()
    {
        var gold = Gold();
        var doc = Seed();
        var required = gold.Where(g => !g.Optional).Select(g => (g.Start, g.End, g.Type)).ToHashSet();
        var optional = gold.Where(g => g.Optional).ToList();
        // As the team's scorer does: a prediction inside an optional gold mention is neither rewarded nor penalised.
        var predicted = doc.Entities
            .Select(e => (e.Span.Start, e.Span.End, Type: Entity.TypeName(e.Type)))
            .Where(p => required.Contains(p) || !optional.Any(o => o.Start <= p.Start && p.End <= o.End))
            .ToHashSet();
        int tp = predicted.Count(required.Contains);
        double precision = (double)tp / predicted.Count, recall = (double)tp / required.Count;
        double f1 = 2 * precision * recall / (precision + recall);
        f1.Should().BeGreaterThanOrEqualTo(0.95, $"P={precision:F3} R={recall:F3}; missing: {string.Join(", ", required.Except(predicted))}; extra: {string.Join(", ", predicted.Except(required))}");
    }

    [Fact]
    public void Seed_EveryPersonMention_FoundAsPerson()
    {
        var doc = Seed();
        foreach (var g in Gold().Where(g => g.Type == "PERSON"))
        {
            doc.Entities.Should().Contain(e => e.Span.Start == g.Start && e.Span.End == g.End && e.Type == EntityType.Person, g.Text);
        }
    }

    [Fact]
    public void Seed_PersonNames_LongestFormInTheDocument()
    {
        // The gold names "Donald Trump" and "Volodymyr Zelensky" never appear in the article: they need
        // world knowledge the stage does not have (docs/entities.md). Every name that the article itself
        // spells out in full must be found.
        var doc = Seed();
        foreach (var g in Gold().Where(g => g.Type == "PERSON" && g.Name is not null && TestData.SeedText.Contains(g.Name, StringComparison.Ordinal)))
        {
            var e = doc.Entities.Single(e => e.Span.Start == g.Start && e.Span.End == g.End);
            e.Name.Should().Be(g.Name, $"{g.Text} at {g.Start}");
        }
    }

    [Fact]
    public void Seed_Lukashenko_GroupedWithDescriptors()
    {
        var doc = Seed();
        var lukashenko = doc.Entities.Where(e => e.Name == "Alexander Lukashenko").ToList();
        lukashenko.Should().HaveCountGreaterThanOrEqualTo(6);
        lukashenko.Select(e => e.EntityId).Distinct().Should().ContainSingle();
        lukashenko[0].Descriptors.Should().Contain("Belarusian President");
        doc.Entities.Single(e => e.Text == "Dmitry Peskov").Descriptors.Should().Equal("Kremlin spokesman");
        doc.Entities.Single(e => e.Text == "Mario Nawfal").Descriptors.Should().Equal("US blogger");
        doc.Entities.First(e => e.Text == "Vladimir Putin").Descriptors.Should().Equal("Russian President");
        doc.Entities.Single(e => e.Text == "Belta").Descriptors.Should().Equal("state news agency");
    }

    [Fact]
    public void Seed_UsMentions_OneEntityNamedUnitedStates()
    {
        var doc = Seed();
        var us = doc.Entities.Where(e => e.Text == "US").ToList();
        us.Should().HaveCount(3);
        us.Should().OnlyContain(e => e.Type == EntityType.Gpe && e.Name == "United States");
        us.Select(e => e.EntityId).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Seed_Json_HasEntityFields()
    {
        var json = Seed().ToJson(TestData.SeedId);
        json.Should().Contain("\"text\":\"Alexander Lukashenko\",\"type\":\"PERSON\",\"name\":\"Alexander Lukashenko\"");
        json.Should().Contain("\"descriptors\":[\"Belarusian President\"]");
    }
}
