namespace NewsNlp;

/// <summary>A sentence: its range of text and of tokens, and the paragraph it belongs to.</summary>
/// <param name="Span">From the first token's start to the last token's end.</param>
/// <param name="FirstTokenIndex">Index of the sentence's first token in <see cref="NewsDocument.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="ParagraphIndex">Index of the paragraph in <see cref="NewsDocument.Paragraphs"/>.</param>
public readonly record struct Sentence(TextSpan Span, int FirstTokenIndex, int TokenCount, int ParagraphIndex)
{
    /// <summary>Index just past the sentence's last token (exclusive).</summary>
    public int TokenEnd => FirstTokenIndex + TokenCount;
}

/// <summary>A paragraph: a run of text between line breaks, trimmed of surrounding whitespace.</summary>
/// <param name="Span">From the first token's start to the last token's end.</param>
/// <param name="FirstTokenIndex">Index of the paragraph's first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="FirstSentenceIndex">Index of the paragraph's first sentence.</param>
/// <param name="SentenceCount">Number of sentences.</param>
public readonly record struct Paragraph(TextSpan Span, int FirstTokenIndex, int TokenCount, int FirstSentenceIndex, int SentenceCount)
{
    /// <summary>Index just past the paragraph's last token (exclusive).</summary>
    public int TokenEnd => FirstTokenIndex + TokenCount;

    /// <summary>Index just past the paragraph's last sentence (exclusive).</summary>
    public int SentenceEnd => FirstSentenceIndex + SentenceCount;
}
