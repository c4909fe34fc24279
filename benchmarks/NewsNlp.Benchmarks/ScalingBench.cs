using System.Text;
using BenchmarkDotNet.Attributes;

namespace NewsNlp.Benchmarks;

/// <summary>
/// Linear time: the full pipeline on one document of 1, 10 and 50 MB (the news sample repeated).
/// Time per MB must stay flat. Not gated (slow); run by hand:
/// <c>dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*ScalingBench*'</c>.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ScalingBench
{
    private readonly NewsPipeline _full = new NewsPipelineBuilder().UseAll().Build();
    private string _text = "";

    [Params(1, 10, 50)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var builder = new StringBuilder(Megabytes * 1_000_000 + 200_000);
        while (builder.Length < Megabytes * 1_000_000)
        {
            foreach (var text in NewsSample.Texts)
            {
                builder.Append(text).Append('\n');
                if (builder.Length >= Megabytes * 1_000_000) break;
            }
        }
        _text = builder.ToString(0, Megabytes * 1_000_000);
    }

    [Benchmark]
    public int FullPipeline()
    {
        var doc = _full.Process(_text, new DateOnly(2025, 3, 5));
        return doc.Entities.Length + doc.Quotes.Length + doc.Temporals.Length + doc.Quantities.Length;
    }
}
