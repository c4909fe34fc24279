using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace NewsNlp.Tests.Text;

public class TokenizerPropertyTests
{
    // News-like pieces with damage: quote marks of every kind, digits, separators, odd Unicode.
    private static readonly string[] s_pieces =
    [
        "Trump", "said", "\"", "“", "”", "'", "’", "‘", "``", "''", "s", "n't", " ", "  ", "\n", "\r\n", "\u00A0", "\u200B",
        "1,000", "2.5", "$", "€", "bn", "-", "–", "—", "...", "…", ".", ",", "U.S.", "Mr.", "(", ")", "70-year-old",
        "😀", "\uD800", "\uDC00", "\u0301", "\u202E", "שלום", "\u0000", "\u0007", "https://x.org", "a@b.co", "@", "%", "21st",
    ];

    public static Arbitrary<string> NewsLikeText() =>
        Gen.Elements(s_pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 500)]
    public bool RandomUnicode_TokensAreOrderedInsideAndNonOverlapping(string? text)
    {
        text ??= "";
        return Invariants(text);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(TokenizerPropertyTests)])]
    public bool NewsLikeText_TokensAreOrderedInsideAndNonOverlapping(string text) => Invariants(text);

    [Property(MaxTest = 300, Arbitrary = [typeof(TokenizerPropertyTests)])]
    public bool NewsLikeText_SentencesAndParagraphsPartitionTheTokens(string text)
    {
        var doc = new NewsPipelineBuilder().Build().Process(text);
        int next = 0;
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.FirstTokenIndex != next || sentence.TokenCount <= 0) return false;
            if (sentence.Span.Start != doc.Tokens[sentence.FirstTokenIndex].Start || sentence.Span.End != doc.Tokens[sentence.TokenEnd - 1].End) return false;
            next = sentence.TokenEnd;
        }
        return next == doc.Tokens.Length && doc.Paragraphs.Sum(p => p.SentenceCount) == doc.Sentences.Length;
    }

    private static bool Invariants(string text)
    {
        var tokens = NewsTokenizer.Tokenize(text);
        int previousEnd = 0;
        foreach (var token in tokens)
        {
            if (token.Length <= 0 || token.Start < previousEnd || token.End > text.Length) return false;
            // A token never starts or ends inside a surrogate pair.
            if (char.IsLowSurrogate(text[token.Start]) && token.Start > 0 && char.IsHighSurrogate(text[token.Start - 1])) return false;
            if (token.End < text.Length && char.IsLowSurrogate(text[token.End]) && char.IsHighSurrogate(text[token.End - 1])) return false;
            previousEnd = token.End;
        }
        return true;
    }
}
