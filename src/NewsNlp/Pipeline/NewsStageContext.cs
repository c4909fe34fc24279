using System.Collections.Immutable;

namespace NewsNlp;

/// <summary>
/// The working state of one document while the stages run: the text core (read-only) and one
/// result slot per capability, which its stage fills and later stages read.
/// </summary>
public sealed class NewsStageContext
{
    internal NewsStageContext(string text, DateOnly? published, ImmutableArray<Token> tokens,
        ImmutableArray<Sentence> sentences, ImmutableArray<Paragraph> paragraphs, CancellationToken cancellationToken)
    {
        Text = text;
        Published = published;
        Tokens = tokens;
        Sentences = sentences;
        Paragraphs = paragraphs;
        CancellationToken = cancellationToken;
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>The publication date, used to resolve relative dates; null when unknown.</summary>
    public DateOnly? Published { get; }

    /// <summary>All tokens in text order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>All sentences in text order.</summary>
    public ImmutableArray<Sentence> Sentences { get; }

    /// <summary>All paragraphs in text order.</summary>
    public ImmutableArray<Paragraph> Paragraphs { get; }

    /// <summary>Signals that the caller gave up; long-running stages should check it between sentences.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Entity mentions, ordered by start (empty until the entities stage runs).</summary>
    public ImmutableArray<Entity> Entities { get; set; } = [];

    /// <summary>Quotes, ordered by start (empty until the quotes stage runs).</summary>
    public ImmutableArray<Quote> Quotes { get; set; } = [];

    /// <summary>Temporal expressions, ordered by start (empty until the temporals stage runs).</summary>
    public ImmutableArray<Temporal> Temporals { get; set; } = [];

    /// <summary>Numeric expressions, ordered by start (empty until the quantities stage runs).</summary>
    public ImmutableArray<Quantity> Quantities { get; set; } = [];

    /// <summary>The text of a token.</summary>
    public ReadOnlySpan<char> GetSpan(Token token) => Text.AsSpan(token.Start, token.Length);

    /// <summary>The text of a span.</summary>
    public ReadOnlySpan<char> GetSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);
}
