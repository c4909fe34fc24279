using System.Collections.Immutable;
using System.Text.Json;

namespace NewsNlp;

/// <summary>
/// The analysis of one article: its text, tokens, sentences and paragraphs, and what each stage
/// found. Immutable and safe to share between threads. Every span is an offset into <see cref="Text"/>.
/// </summary>
public sealed class NewsDocument
{
    internal NewsDocument(NewsStageContext context)
    {
        Text = context.Text;
        Published = context.Published;
        Tokens = context.Tokens;
        Sentences = context.Sentences;
        Paragraphs = context.Paragraphs;
        Entities = context.Entities;
        Quotes = context.Quotes;
        Temporals = context.Temporals;
        Quantities = context.Quantities;
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>The publication date relative dates were resolved against, or null.</summary>
    public DateOnly? Published { get; }

    /// <summary>Tokens in text order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>Sentences in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>Paragraphs in text order.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; }

    /// <summary>Entity mentions ordered by start (empty unless the pipeline uses entities).</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>Quotes ordered by start (empty unless the pipeline uses quotes).</summary>
    public ImmutableArray<Quote> Quotes { get; }

    /// <summary>Temporal expressions ordered by start (empty unless the pipeline uses temporals).</summary>
    public ImmutableArray<Temporal> Temporals { get; }

    /// <summary>Numeric expressions ordered by start (empty unless the pipeline uses quantities).</summary>
    public ImmutableArray<Quantity> Quantities { get; }

    /// <summary>The text of a token.</summary>
    public string GetText(Token token) => Text.Substring(token.Start, token.Length);

    /// <summary>The text of a span.</summary>
    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>Writes the document as one JSON object of the <c>newsnlp</c> contract (docs/CONTRACT.md).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="id">The document's id, or null to leave it out.</param>
    /// <param name="options">What optional fields to add.</param>
    public void WriteJson(Utf8JsonWriter writer, string? id = null, NewsJsonOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        NewsJson.WriteDocument(writer, this, id, options);
    }

    /// <summary>The document as a JSON string of the <c>newsnlp</c> contract.</summary>
    public string ToJson(string? id = null, NewsJsonOptions options = default) => NewsJson.ToJson(this, id, options);
}
