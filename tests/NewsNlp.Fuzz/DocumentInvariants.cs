using System.Collections.Immutable;

namespace NewsNlp.Fuzz;

/// <summary>What must hold for any document the pipeline returns, whatever the input.</summary>
public static class DocumentInvariants
{
    /// <summary>Returns null when every invariant holds, else what broke.</summary>
    public static string? Check(string text, NewsDocument doc)
    {
        if (!ReferenceEquals(doc.Text, text) && doc.Text != text) return "document text differs from the input";
        string? problem = CheckTokens(text, doc.Tokens)
            ?? CheckOrdered("sentences", doc.Sentences.Select(s => s.Span), text, null)
            ?? CheckOrdered("paragraphs", doc.Paragraphs.Select(p => p.Span), text, null)
            ?? CheckOrdered("entities", doc.Entities.Select(e => e.Span), text, doc.Entities.Select(e => e.Text))
            ?? CheckOrdered("quotes", doc.Quotes.Select(q => q.Span), text, doc.Quotes.Select(q => q.Text))
            ?? CheckOrdered("temporals", doc.Temporals.Select(t => t.Span), text, doc.Temporals.Select(t => t.Text))
            ?? CheckOrdered("quantities", doc.Quantities.Select(q => q.Span), text, doc.Quantities.Select(q => q.Text));
        if (problem is not null) return problem;
        foreach (var quote in doc.Quotes)
        {
            if (quote.Speaker is { } speaker && !SpanMatches(text, speaker.Span, speaker.Text)) return $"quote speaker {speaker.Span} does not match its text";
            if (quote.Cue is { } cue && !SpanMatches(text, cue.Span, cue.Text)) return $"quote cue {cue.Span} does not match its text";
        }
        foreach (var quantity in doc.Quantities)
        {
            if (quantity.Equivalent is { } eq && !SpanMatches(text, eq.Span, eq.Text)) return $"equivalent {eq.Span} does not match its text";
        }
        return null;
    }

    private static string? CheckTokens(string text, ImmutableArray<Token> tokens)
    {
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            if (token.Length <= 0) return $"empty token at {token.Start}";
            if (token.Start < previousEnd) return $"token at {token.Start} overlaps the previous one";
            if (token.End > text.Length) return $"token {token.Span} ends past the text ({text.Length})";
            previousEnd = token.End;
        }
        return null;
    }

    private static string? CheckOrdered(string list, IEnumerable<TextSpan> spans, string text, IEnumerable<string>? texts)
    {
        int previousStart = -1;
        using var names = texts?.GetEnumerator();
        foreach (var span in spans)
        {
            if (span.Start < 0 || span.Length < 0 || span.End > text.Length) return $"{list}: span {span} outside the text ({text.Length})";
            if (span.Start < previousStart) return $"{list}: not ordered by start at {span}";
            previousStart = span.Start;
            if (names is not null)
            {
                names.MoveNext();
                if (!SpanMatches(text, span, names.Current)) return $"{list}: span {span} text differs from text[start..end]";
            }
        }
        return null;
    }

    private static bool SpanMatches(string text, TextSpan span, string value) =>
        span.Start >= 0 && span.End <= text.Length && span.Length >= 0 && text.AsSpan(span.Start, span.Length).SequenceEqual(value);
}
