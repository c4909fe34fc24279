using System.Collections.Immutable;

namespace NewsNlp;

/// <summary>
/// Analyses news articles: tokens, sentences and paragraphs, then each stage chosen with
/// <see cref="NewsPipelineBuilder"/>. Immutable and thread-safe: build one and share it.
/// </summary>
public sealed partial class NewsPipeline
{
    private readonly INewsStage[] _stages;

    internal NewsPipeline(INewsStage[] stages, NewsPipelineOptions options)
    {
        _stages = stages;
        Options = options;
        Stages = ImmutableArray.Create(stages);
    }

    /// <summary>The stages, in the order they run.</summary>
    public ImmutableArray<INewsStage> Stages { get; }

    /// <summary>The options the pipeline was built with.</summary>
    public NewsPipelineOptions Options { get; }

    /// <summary>Analyses one article.</summary>
    /// <param name="text">The article's text; empty or whitespace gives an empty document.</param>
    /// <param name="published">The publication date, to resolve relative dates ("Wednesday"); null when unknown.</param>
    /// <param name="cancellationToken">Stops the analysis between stages and sentences.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The text is longer than <see cref="NewsPipelineOptions.MaxDocumentLength"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public NewsDocument Process(string text, DateOnly? published = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > Options.MaxDocumentLength) NewsThrow.DocumentTooLong(text.Length, Options.MaxDocumentLength);

        var tokens = NewsTokenizer.TokenizeToArray(text);
        var (sentences, paragraphs) = SentenceSplitter.Split(text, tokens);
        var context = new NewsStageContext(text, published, tokens, sentences, paragraphs, cancellationToken);
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Process(context);
        }
        return new NewsDocument(context);
    }

    /// <summary>Analyses one article held in memory (copied to a string once unless it already is one).</summary>
    /// <inheritdoc cref="Process(string, DateOnly?, CancellationToken)"/>
    public NewsDocument Process(ReadOnlyMemory<char> text, DateOnly? published = null, CancellationToken cancellationToken = default)
    {
        if (System.Runtime.InteropServices.MemoryMarshal.TryGetString(text, out var whole, out int start, out int length)
            && start == 0 && length == whole.Length)
            return Process(whole, published, cancellationToken);
        return Process(text.Span, published, cancellationToken);
    }

    /// <summary>Analyses one article given as characters (copied to a string once: results point into <see cref="NewsDocument.Text"/>).</summary>
    /// <inheritdoc cref="Process(string, DateOnly?, CancellationToken)"/>
    public NewsDocument Process(ReadOnlySpan<char> text, DateOnly? published = null, CancellationToken cancellationToken = default)
    {
        if (text.Length > Options.MaxDocumentLength) NewsThrow.DocumentTooLong(text.Length, Options.MaxDocumentLength);
        return Process(text.ToString(), published, cancellationToken);
    }
}
