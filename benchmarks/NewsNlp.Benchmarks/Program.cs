using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NewsNlp.Benchmarks;

// Everything: dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- --filter '*'
// The CI gate:  dotnet run -c Release --project benchmarks/NewsNlp.Benchmarks -- gate [--update]
if (args.Length > 0 && args[0] == "gate") return Gate.Run(args[1..]);

var config = DefaultConfig.Instance
    .AddColumn(new ThroughputColumn(tokens: false), new ThroughputColumn(tokens: true))
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(NewsSample).Assembly).Run(args, config);
return 0;
