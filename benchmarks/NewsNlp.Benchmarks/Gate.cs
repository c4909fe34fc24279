using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace NewsNlp.Benchmarks;

/// <summary>
/// The CI throughput gate. Runs the <c>Gate</c> benchmarks twice with short fixed settings, reads
/// BenchmarkDotNet's JSON export, and compares each benchmark's <c>median / median(Reference)</c> and
/// allocated bytes per operation with <c>benchmarks/baseline/ratios.json</c>. Fails only when a ratio is
/// more than 25 % worse in both passes, or allocation grows by more than 5 % + 64 B in either. A ratio
/// that is worse in both passes is measured once more (its class alone) before it fails: on a shared
/// machine a burst of load can last two passes, and one CI run failed that way with no code change.
/// <c>--update</c> rewrites the baseline from one pass (commit it after review).
/// </summary>
internal static class Gate
{
    private const double RatioTolerance = 1.25, AllocationTolerance = 1.05, AllocationSlackBytes = 64;

    public static int Run(string[] args)
    {
        bool update = args.Contains("--update");
        string baselinePath = FindBaseline();
        int passes = update ? 1 : 2;
        var runs = new List<Measurement>();
        for (int pass = 1; pass <= passes; pass++)
        {
            Console.WriteLine($"== gate pass {pass} of {passes}");
            runs.Add(RunOnce($"gate-pass{pass}"));
        }

        if (update)
        {
            File.WriteAllText(baselinePath, runs[0].ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            Console.WriteLine($"baseline written to {baselinePath}: review and commit it");
            return 0;
        }

        if (!File.Exists(baselinePath))
        {
            Console.WriteLine($"FAIL: no baseline at {baselinePath}; run the gate with --update and commit it");
            return 1;
        }
        var baseline = Measurement.FromJson(JsonNode.Parse(File.ReadAllText(baselinePath))!);
        var suspects = baseline.Benchmarks
            .Where(p => runs.All(r => r.Benchmarks.TryGetValue(p.Key, out var s) && s.Ratio > p.Value.Ratio * RatioTolerance))
            .Select(p => p.Key).ToArray();
        Measurement? confirmation = null;
        if (suspects.Length > 0)
        {
            var classes = suspects.Select(name => name[..name.LastIndexOf('.')]).ToHashSet(StringComparer.Ordinal);
            Console.WriteLine($"== slower in both passes: {string.Join(", ", suspects)}; measuring {string.Join(", ", classes.Order(StringComparer.Ordinal))} once more");
            confirmation = RunOnce("gate-confirm", classes);
        }
        return Compare(baseline, runs, confirmation);
    }

    private static int Compare(Measurement baseline, List<Measurement> runs, Measurement? confirmation)
    {
        if (baseline.Processor != runs[0].Processor)
            Console.WriteLine($"WARNING: baseline measured on '{baseline.Processor}', this machine is '{runs[0].Processor}': ratios may differ");
        int failures = 0;
        Console.WriteLine($"{"benchmark",-48} {"baseline",9} {"pass 1",9} {"pass 2",9} {"alloc base",11} {"alloc now",11}  verdict");
        foreach (var (name, expected) in baseline.Benchmarks.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var seen = runs.Select(r => r.Benchmarks.GetValueOrDefault(name)).ToArray();
            if (seen.Any(s => s is null))
            {
                Console.WriteLine($"{name,-48} missing from this run: FAIL (remove it from the baseline with --update if it was deleted on purpose)");
                failures++;
                continue;
            }
            bool slower = seen.All(s => s!.Ratio > expected.Ratio * RatioTolerance);
            Entry? confirmed = null;
            if (slower && confirmation is not null && confirmation.Benchmarks.TryGetValue(name, out confirmed))
                slower = confirmed.Ratio > expected.Ratio * RatioTolerance;
            double allocLimit = expected.AllocatedBytes * AllocationTolerance + AllocationSlackBytes;
            bool allocates = seen.Any(s => s!.AllocatedBytes > allocLimit);
            bool faster = seen.All(s => s!.Ratio < expected.Ratio / RatioTolerance);
            string verdict = slower || allocates ? "FAIL" + (slower ? " slower" : "") + (allocates ? " allocates more" : "")
                : faster ? "improved (consider --update)" : "ok";
            if (confirmed is not null)
                verdict += string.Create(CultureInfo.InvariantCulture, $" (slower in both passes; re-measured {confirmed.Ratio:F2})");
            if (slower || allocates) failures++;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-48} {expected.Ratio,9:F2} {seen[0]!.Ratio,9:F2} {seen[1]!.Ratio,9:F2} {expected.AllocatedBytes,11:F0} {seen.Max(s => s!.AllocatedBytes),11:F0}  {verdict}"));
        }
        foreach (var name in runs[0].Benchmarks.Keys.Except(baseline.Benchmarks.Keys).Order(StringComparer.Ordinal))
            Console.WriteLine($"{name,-48} new, not in the baseline: run the gate with --update and commit it");
        Console.WriteLine(failures == 0 ? "gate passed" : $"gate FAILED: {failures} benchmark(s)");
        return failures == 0 ? 0 : 1;
    }

    private static Measurement RunOnce(string artifacts, IReadOnlySet<string>? classes = null)
    {
        // Short, fixed settings in-process (no project build per run): enough for ratios, fast enough for CI.
        var job = Job.Default.WithWarmupCount(3).WithIterationCount(12).WithLaunchCount(1)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100))
            .WithToolchain(InProcessEmitToolchain.Instance).WithId("Gate");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddColumnProvider(BenchmarkDotNet.Columns.DefaultColumnProviders.Instance)
            .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
            .AddExporter(JsonExporter.Full)
            .AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default)
            .AddFilter(new BenchmarkDotNet.Filters.AnyCategoriesFilter(["Gate"]))
            .AddFilter(new BenchmarkDotNet.Filters.SimpleFilter(b => classes is null || classes.Contains(b.Descriptor.Type.Name)))
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "newsnlp-" + artifacts + "-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture)))
            .WithOptions(ConfigOptions.DisableLogFile);
        if (Directory.Exists(config.ArtifactsPath)) Directory.Delete(config.ArtifactsPath, recursive: true);
        var summaries = BenchmarkRunner.Run(typeof(Gate).Assembly, config);
        var result = new Measurement();
        foreach (var folder in summaries.Select(s => s.ResultsDirectoryPath).Distinct())
        {
            foreach (var exported in Directory.GetFiles(folder, "*-report-full.json"))
                result.Add(JsonNode.Parse(File.ReadAllText(exported))!);
        }
        return result;
    }

    private static string FindBaseline()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
                return Path.Combine(dir.FullName, "benchmarks", "baseline", "ratios.json");
        }
        throw new InvalidOperationException("run the gate from inside the NewsNlp repository");
    }

    private sealed record Entry(double Ratio, double AllocatedBytes);

    private sealed class Measurement
    {
        public string Processor { get; set; } = "";
        public string Sdk { get; set; } = "";
        public string BenchmarkDotNet { get; set; } = "";
        public Dictionary<string, Entry> Benchmarks { get; } = new(StringComparer.Ordinal);

        /// <summary>Reads one class's full JSON export: each method's median over the class's Reference median.</summary>
        public void Add(JsonNode export)
        {
            var host = export["HostEnvironmentInfo"]!;
            Processor = host["ProcessorName"]?.GetValue<string>() ?? "";
            Sdk = host["DotNetCliVersion"]?.GetValue<string>() ?? "";
            BenchmarkDotNet = host["BenchmarkDotNetVersion"]?.GetValue<string>() ?? "";
            var rows = export["Benchmarks"]!.AsArray().Select(b => (
                Type: b!["Type"]!.GetValue<string>(),
                Method: b["Method"]!.GetValue<string>(),
                Median: b["Statistics"]?["Median"]?.GetValue<double>() ?? double.NaN,
                Allocated: b["Memory"]?["BytesAllocatedPerOperation"]?.GetValue<double>() ?? 0)).ToArray();
            foreach (var group in rows.GroupBy(r => r.Type))
            {
                var reference = group.FirstOrDefault(r => r.Method == "Reference");
                if (reference.Method is null) throw new InvalidOperationException($"{group.Key} has no Reference benchmark");
                foreach (var row in group.Where(r => r.Method != "Reference"))
                    Benchmarks[$"{row.Type}.{row.Method}"] = new Entry(row.Median / reference.Median, row.Allocated);
            }
        }

        public JsonObject ToJson()
        {
            var benchmarks = new JsonObject();
            foreach (var (name, entry) in Benchmarks.OrderBy(p => p.Key, StringComparer.Ordinal))
                benchmarks[name] = new JsonObject { ["ratio"] = Math.Round(entry.Ratio, 3), ["allocatedBytes"] = entry.AllocatedBytes };
            return new JsonObject
            {
                ["processor"] = Processor,
                ["sdk"] = Sdk,
                ["benchmarkDotNet"] = BenchmarkDotNet,
                ["benchmarks"] = benchmarks,
            };
        }

        public static Measurement FromJson(JsonNode node)
        {
            var result = new Measurement
            {
                Processor = node["processor"]?.GetValue<string>() ?? "",
                Sdk = node["sdk"]?.GetValue<string>() ?? "",
                BenchmarkDotNet = node["benchmarkDotNet"]?.GetValue<string>() ?? "",
            };
            foreach (var (name, value) in node["benchmarks"]!.AsObject())
                result.Benchmarks[name] = new Entry(value!["ratio"]!.GetValue<double>(), value["allocatedBytes"]!.GetValue<double>());
            return result;
        }
    }
}
