using System.Collections.Immutable;

namespace NewsNlp.Tests.Quotes;

/// <summary>A test-only entities stage: hands the quotes stage a fixed list of entity mentions.</summary>
internal sealed class FixedEntitiesStage(IReadOnlyList<Entity> entities) : INewsStage
{
    public string Name => "entities";

    public int Order => NewsStageOrder.Entities;

    public void Process(NewsStageContext context) =>
        context.Entities = [.. entities.OrderBy(e => e.Span.Start)];
}

internal static class QuoteTestSupport
{
    /// <summary>Speech plus beliefs, stances and findings (<see cref="QuotesOptions.IncludeStances"/> true; off by default).</summary>
    public static readonly QuotesOptions Stances = new() { IncludeStances = true };

    public static readonly NewsPipeline QuotesOnly = new NewsPipelineBuilder().UseQuotes(Stances).Build();

    /// <summary>Verbs of saying only: no beliefs, stances or findings (<see cref="QuotesOptions.IncludeStances"/> false).</summary>
    public static readonly QuotesOptions Speech = new() { IncludeStances = false };

    public static readonly NewsPipeline SpeechOnly = new NewsPipelineBuilder().UseQuotes(Speech).Build();

    /// <summary>Every occurrence of each surface form as an entity mention (whole words only).</summary>
    public static ImmutableArray<Entity> Mentions(string text, params (string Surface, EntityType Type, string Name)[] forms)
    {
        var list = new List<Entity>();
        foreach (var (surface, type, name) in forms)
        {
            for (int at = text.IndexOf(surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(surface, at + 1, StringComparison.Ordinal))
            {
                bool startOk = at == 0 || !char.IsLetter(text[at - 1]);
                int end = at + surface.Length;
                bool endOk = end == text.Length || !char.IsLetter(text[end]);
                if (!startOk || !endOk) continue;
                if (list.Exists(e => e.Span.Overlaps(new TextSpan(at, surface.Length)))) continue;
                list.Add(new Entity(new TextSpan(at, surface.Length), surface, type, name));
            }
        }
        return [.. list.OrderBy(e => e.Span.Start)];
    }

    public static NewsPipeline WithEntities(IReadOnlyList<Entity> entities) =>
        new NewsPipelineBuilder().Use(new FixedEntitiesStage(entities)).UseQuotes().Build();

    public static NewsPipeline WithEntities(IReadOnlyList<Entity> entities, QuotesOptions options) =>
        new NewsPipelineBuilder().Use(new FixedEntitiesStage(entities)).UseQuotes(options).Build();

    /// <summary>The document has exactly one quote, with this content (at its first occurrence), kind, cue and speaker ("" for none).</summary>
    public static void ShouldHaveOneQuote(this NewsDocument doc, string content, string kind, string cue, string speaker)
    {
        doc.ShouldHaveValidSpans();
        var q = doc.Quotes.Should().ContainSingle().Subject;
        q.Text.Should().Be(content);
        q.Span.Start.Should().Be(doc.Text.IndexOf(content, StringComparison.Ordinal));
        Quote.KindName(q.Kind).Should().Be(kind);
        q.Cue!.Text.Should().Be(cue);
        (q.Speaker?.Text ?? "").Should().Be(speaker);
    }

    /// <summary>Every span of every quote points at its own text.</summary>
    public static void ShouldHaveValidSpans(this NewsDocument doc)
    {
        int previous = -1;
        foreach (var q in doc.Quotes)
        {
            q.Span.Start.Should().BeGreaterThanOrEqualTo(0);
            q.Span.End.Should().BeLessThanOrEqualTo(doc.Text.Length);
            q.Span.Length.Should().BePositive();
            doc.GetText(q.Span).Should().Be(q.Text);
            if (q.Cue is not null) doc.GetText(q.Cue.Span).Should().Be(q.Cue.Text);
            if (q.Speaker is not null) doc.GetText(q.Speaker.Span).Should().Be(q.Speaker.Text);
            q.Span.Start.Should().BeGreaterThanOrEqualTo(previous);
            previous = q.Span.Start;
        }
    }
}
