using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsNlp.Benchmarks;

/// <summary>MB/s (UTF-8) and million tokens/s over the news sample, from each benchmark's median time per pass.</summary>
public sealed class ThroughputColumn(bool tokens) : IColumn
{
    public string Id => tokens ? "MTokens/s" : "MB/s";
    public string ColumnName => Id;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => tokens ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => tokens ? "Million NewsNlp tokens per second over the news sample" : "UTF-8 megabytes per second over the news sample";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null) return "-";
        double seconds = report.ResultStatistics.Median / 1e9;
        double amount = tokens ? NewsSample.Tokens / 1e6 : NewsSample.Utf8Bytes / 1e6;
        return (amount / seconds).ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
