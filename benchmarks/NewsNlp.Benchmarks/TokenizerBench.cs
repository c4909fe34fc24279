using BenchmarkDotNet.Attributes;

namespace NewsNlp.Benchmarks;

/// <summary>Tokenizer and sentence splitter over the news sample, with framework-only references.</summary>
[MemoryDiagnoser, BenchmarkCategory("Gate")]
public class TokenizerBench
{
    private string[] _texts = [];
    private int[] _starts = [];
    private int[] _lengths = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = NewsSample.Texts;
        int longest = _texts.Max(t => t.Length);
        _starts = new int[longest];
        _lengths = new int[longest];
    }

    /// <summary>Framework-only work on the same text: whitespace-delimited words found with SearchValues.</summary>
    [Benchmark(Baseline = true)]
    public int Reference() => ReferenceWork.WordScan(_texts);

    /// <summary>The machine's ceiling: a branch-free character-class scan that writes each token's start and length.</summary>
    [Benchmark]
    public int CharClassifyScan()
    {
        int total = 0;
        foreach (var text in _texts)
        {
            int count = 0, start = 0;
            int previous = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                int word = (((uint)((c | 0x20) - 'a') <= 'z' - 'a') | ((uint)(c - '0') <= 9) | (c > 127)) ? 1 : 0;
                int begins = word & ~previous;
                int ends = previous & ~word;
                _lengths[count] = i - start;
                count += ends;
                start = begins != 0 ? i : start;
                _starts[count] = start;
                previous = word;
            }
            total += count + previous;
        }
        return total;
    }

    [Benchmark]
    public int Tokenize()
    {
        int tokens = 0;
        foreach (var text in _texts) tokens += NewsTokenizer.Tokenize(text).Length;
        return tokens;
    }

    [Benchmark]
    public int TokenizeAndSplitSentences()
    {
        int sentences = 0;
        foreach (var text in _texts)
        {
            var tokens = NewsTokenizer.Tokenize(text);
            sentences += SentenceSplitter.Split(text, tokens).Sentences.Length;
        }
        return sentences;
    }
}
