using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Shared setup for the per-stage benchmarks: the sample is tokenized once, and each benchmark runs
/// only its stage over fresh contexts (the stages before it already done), so the numbers are the
/// stage's own cost.
/// </summary>
public abstract class StageBenchBase
{
    private (string Text, DateOnly? Published, ImmutableArray<Token> Tokens, ImmutableArray<Sentence> Sentences, ImmutableArray<Paragraph> Paragraphs)[] _docs = [];
    private ImmutableArray<Entity>[] _entities = [];

    [GlobalSetup]
    public void Setup()
    {
        var texts = NewsSample.Texts;
        _docs = new (string, DateOnly?, ImmutableArray<Token>, ImmutableArray<Sentence>, ImmutableArray<Paragraph>)[texts.Length];
        _entities = new ImmutableArray<Entity>[texts.Length];
        var entityPipeline = new NewsPipelineBuilder().UseEntities().Build();
        for (int i = 0; i < texts.Length; i++)
        {
            var tokens = NewsTokenizer.Tokenize(texts[i]);
            var (sentences, paragraphs) = SentenceSplitter.Split(texts[i], tokens);
            _docs[i] = (texts[i], NewsSample.Published[i], tokens, sentences, paragraphs);
            _entities[i] = entityPipeline.Process(texts[i], NewsSample.Published[i]).Entities;
        }
    }

    /// <summary>Framework-only work on the same text, comparable to the stage's (see <see cref="ReferenceWork"/>).</summary>
    [Benchmark(Baseline = true)]
    public int Reference() => ReferenceKind switch
    {
        0 => ReferenceWork.WordScan(NewsSample.Texts),
        1 => ReferenceWork.WordLookups(NewsSample.Texts),
        _ => ReferenceWork.FeatureHashing(NewsSample.Texts),
    };

    /// <summary>0: word scan; 1: word look-ups; 2: feature hashing.</summary>
    protected abstract int ReferenceKind { get; }

    protected int RunStages(INewsStage[] stages, bool withEntities)
    {
        int results = 0;
        for (int i = 0; i < _docs.Length; i++)
        {
            var d = _docs[i];
            var context = new NewsStageContext(d.Text, d.Published, d.Tokens, d.Sentences, d.Paragraphs, CancellationToken.None);
            if (withEntities) context.Entities = _entities[i];
            foreach (var stage in stages) stage.Process(context);
            results += context.Entities.Length + context.Quotes.Length + context.Temporals.Length + context.Quantities.Length;
        }
        return results;
    }
}

/// <summary>The entities stage alone (tagger, gazetteers, grouping).</summary>
[MemoryDiagnoser, BenchmarkCategory("Gate")]
public class EntitiesBench : StageBenchBase
{
    private static readonly INewsStage[] s_stages = [.. new NewsPipelineBuilder().UseEntities().Build().Stages];
    protected override int ReferenceKind => 2;

    [Benchmark]
    public int Entities() => RunStages(s_stages, withEntities: false);
}

/// <summary>The quotes stage alone, over contexts whose entities are already found.</summary>
[MemoryDiagnoser, BenchmarkCategory("Gate")]
public class QuotesBench : StageBenchBase
{
    private static readonly INewsStage[] s_stages = [.. new NewsPipelineBuilder().UseQuotes().Build().Stages];
    protected override int ReferenceKind => 0;

    [Benchmark]
    public int Quotes() => RunStages(s_stages, withEntities: true);
}

/// <summary>The temporals and quantities stages alone.</summary>
[MemoryDiagnoser, BenchmarkCategory("Gate")]
public class NormalizationBench : StageBenchBase
{
    private static readonly INewsStage[] s_temporals = [.. new NewsPipelineBuilder().UseTemporals().Build().Stages];
    private static readonly INewsStage[] s_both = [.. new NewsPipelineBuilder().UseTemporals().UseQuantities().Build().Stages];
    protected override int ReferenceKind => 1;

    [Benchmark]
    public int Temporals() => RunStages(s_temporals, withEntities: false);

    [Benchmark]
    public int TemporalsAndQuantities() => RunStages(s_both, withEntities: false);
}

/// <summary>The whole pipeline per document, as the CLI runs it, from raw text.</summary>
[MemoryDiagnoser, BenchmarkCategory("Gate")]
public class PipelineBench
{
    private readonly NewsPipeline _full = new NewsPipelineBuilder().UseAll().Build();
    private readonly NewsPipeline _textCore = new NewsPipelineBuilder().Build();

    /// <summary>Framework-only work on the same text: feature hashing and lexicon look-ups of every word.</summary>
    [Benchmark(Baseline = true)]
    public int Reference() => ReferenceWork.FeatureHashing(NewsSample.Texts) + ReferenceWork.WordLookups(NewsSample.Texts);

    [Benchmark]
    public int TextCore()
    {
        int tokens = 0;
        var texts = NewsSample.Texts;
        for (int i = 0; i < texts.Length; i++) tokens += _textCore.Process(texts[i], NewsSample.Published[i]).Tokens.Length;
        return tokens;
    }

    [Benchmark]
    public int FullPipeline()
    {
        int found = 0;
        var texts = NewsSample.Texts;
        for (int i = 0; i < texts.Length; i++)
        {
            var doc = _full.Process(texts[i], NewsSample.Published[i]);
            found += doc.Entities.Length + doc.Quotes.Length + doc.Temporals.Length + doc.Quantities.Length;
        }
        return found;
    }
}
