using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NewsNlp;

/// <summary>
/// Groups tokens into paragraphs (runs between line breaks) and sentences, in one linear pass.
/// </summary>
/// <remarks>
/// A sentence ends at ".", "!", "?" or an ellipsis, together with any closing quotes and brackets
/// after it (<c>."</c>), when the next token can start a sentence (not a lower-case word: <c>?" he asked</c>
/// does not end one). A comma before a closing quote never ends one (<c>,"</c>). Abbreviations and
/// initials keep their period and do not end a sentence, except those that may close one ("Inc.",
/// "U.S.") when a sentence-opening word follows ("… in the U.S. The …"). A new paragraph always
/// starts a sentence, so a headline or dateline without a period is a sentence of its own.
/// </remarks>
public static class SentenceSplitter
{
    /// <summary>Splits tokenized text into sentences and paragraphs.</summary>
    /// <param name="text">The text the tokens point into.</param>
    /// <param name="tokens">Tokens from <see cref="NewsTokenizer.Tokenize(string)"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static (ImmutableArray<Sentence> Sentences, ImmutableArray<Paragraph> Paragraphs) Split(string text, ImmutableArray<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text.AsSpan(), tokens.AsSpan());
    }

    internal static (ImmutableArray<Sentence> Sentences, ImmutableArray<Paragraph> Paragraphs) Split(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        if (tokens.IsEmpty) return ([], []);
        var sentences = new List<Sentence>(Math.Max(4, tokens.Length / 20));
        var paragraphs = new List<Paragraph>(Math.Max(2, tokens.Length / 60));

        int paragraphStart = 0;
        for (int i = 1; i <= tokens.Length; i++)
        {
            if (i < tokens.Length && !tokens[i].Has(TokenFlags.ParagraphStart)) continue;
            int firstSentence = sentences.Count;
            SplitParagraph(text, tokens, paragraphStart, i, paragraphs.Count, sentences);
            var span = TextSpan.FromBounds(tokens[paragraphStart].Start, tokens[i - 1].End);
            paragraphs.Add(new Paragraph(span, paragraphStart, i - paragraphStart, firstSentence, sentences.Count - firstSentence));
            paragraphStart = i;
        }

        return (ImmutableCollectionsMarshal.AsImmutableArray(sentences.ToArray()), ImmutableCollectionsMarshal.AsImmutableArray(paragraphs.ToArray()));
    }

    private static void SplitParagraph(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int from, int to, int paragraphIndex, List<Sentence> sentences)
    {
        int start = from;
        for (int i = from; i < to; i++)
        {
            var token = tokens[i];
            int end;
            if (token.Has(TokenFlags.Terminal))
            {
                end = i + 1;
                // Absorb more terminals, closing quotes and closing brackets: `."`, `?!`, `.)`.
                while (end < to && (tokens[end].Has(TokenFlags.Terminal) || tokens[end].Has(TokenFlags.CloseBracket)
                       || (tokens[end].Kind == TokenKind.QuoteMark && tokens[end].QuoteRole != QuoteRole.Open && !tokens[end].Has(TokenFlags.SpaceBefore))))
                    end++;
                if (end < to && !CanStartSentence(text, tokens[end])) { i = end - 1; continue; }
            }
            else if (token.Has(TokenFlags.Abbreviation) && i + 1 < to && AbbreviationEndsSentence(text, token, tokens[i + 1]))
            {
                end = i + 1;
            }
            else
            {
                continue;
            }

            if (end >= to) break;
            sentences.Add(new Sentence(TextSpan.FromBounds(tokens[start].Start, tokens[end - 1].End), start, end - start, paragraphIndex));
            start = end;
            i = end - 1;
        }
        if (start < to)
            sentences.Add(new Sentence(TextSpan.FromBounds(tokens[start].Start, tokens[to - 1].End), start, to - start, paragraphIndex));
    }

    private static bool CanStartSentence(ReadOnlySpan<char> text, Token next)
    {
        if (!next.Has(TokenFlags.SpaceBefore)) return false; // "3.5", "e.g.x", ".com"
        if (next.Kind is TokenKind.Word)
        {
            char c = text[next.Start];
            return !char.IsLower(c);
        }
        return next.Kind is not TokenKind.Punctuation || next.Has(TokenFlags.OpenBracket) || next.Has(TokenFlags.Dash);
    }

    private static bool AbbreviationEndsSentence(ReadOnlySpan<char> text, Token abbreviation, Token next)
    {
        var word = text.Slice(abbreviation.Start, abbreviation.Length - 1);
        bool dotted = word.Contains('.');
        if (!dotted && (word.Length == 1 || !Abbreviations.CanEndSentence(word))) return false; // initials and titles
        if (!next.Has(TokenFlags.SpaceBefore) || next.Kind != TokenKind.Word) return next.Kind == TokenKind.QuoteMark && next.QuoteRole == QuoteRole.Open;
        return IsSentenceOpener(text.Slice(next.Start, next.Length));
    }

    // Words that open sentences far more often than they continue a name or title after an abbreviation.
    private static bool IsSentenceOpener(ReadOnlySpan<char> word) => word switch
    {
        "The" or "A" or "An" or "He" or "She" or "It" or "They" or "We" or "I" or "You" or "This" or "That" or "These" or "Those"
            or "But" or "And" or "Or" or "So" or "Yet" or "In" or "On" or "At" or "For" or "If" or "When" or "While" or "After"
            or "Before" or "As" or "His" or "Her" or "Its" or "Their" or "Our" or "There" or "Then" or "However" or "Meanwhile"
            or "Some" or "Many" or "Most" or "One" or "Two" or "What" or "Why" or "How" or "Who" or "No" or "Not" or "Now"
            or "Still" or "Also" or "According" or "Last" or "Earlier" or "Later" => true,
        _ => false,
    };
}
