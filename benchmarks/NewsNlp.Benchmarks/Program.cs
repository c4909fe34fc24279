using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NewsNlp.Benchmarks;

// Run: dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*'
var config = DefaultConfig.Instance
    .AddColumn(new ThroughputColumn(tokens: false), new ThroughputColumn(tokens: true))
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(NewsSample).Assembly).Run(args, config);
