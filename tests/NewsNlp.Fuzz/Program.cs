using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsNlp;
using NewsNlp.Fuzz;

// Fuzzes the whole pipeline. Outside CI; see docs/robustness.md.
//   random [--count N] [--seed S] [--corpus FILE.jsonl] [--out DIR]   structured random inputs, invariants checked
//   afl                                                                 SharpFuzz entry point for afl-fuzz (instrument NewsNlp.dll first)
string mode = args.Length > 0 ? args[0] : "random";
var pipeline = FullPipeline.Create();

if (mode == "afl")
{
    SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string text = reader.ReadToEnd();
        var doc = pipeline.Process(text, new DateOnly(2025, 3, 5));
        if (DocumentInvariants.Check(text, doc) is { } problem) throw new InvalidOperationException(problem);
    });
    return 0;
}

long count = Option("--count", 1_000_000);
int seed = (int)Option("--seed", 1);
string outDir = OptionText("--out") ?? Path.Combine("tests", "NewsNlp.Tests", "Fuzz", "Regressions");
var corpus = new List<string>();
if (OptionText("--corpus") is { } corpusPath)
{
    foreach (var line in File.ReadLines(corpusPath))
    {
        if (line.Length > 0) corpus.Add(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!);
    }
}

var generator = new NewsLikeGenerator(seed, corpus);
var clock = Stopwatch.StartNew();
long failures = 0, characters = 0;
for (long i = 1; i <= count; i++)
{
    string text = generator.Next();
    characters += text.Length;
    string? problem;
    try
    {
        var published = (i & 1) == 0 ? new DateOnly(2025, 3, 5) : (DateOnly?)null;
        var doc = pipeline.Process(text, published);
        problem = DocumentInvariants.Check(text, doc);
        // Determinism, on a sample: the same input gives byte-identical JSON.
        if (problem is null && i % 64 == 0 && pipeline.Process(text, published).ToJson() != doc.ToJson()) problem = "output is not deterministic";
    }
    catch (Exception e)
    {
        problem = e.GetType().Name + ": " + e.Message;
    }
    if (problem is not null)
    {
        failures++;
        Directory.CreateDirectory(outDir);
        string file = Path.Combine(outDir, $"crash-{seed}-{i}.txt");
        File.WriteAllText(file, text);
        Console.Error.WriteLine($"input {i}: {problem} (saved to {file})");
    }
    if (i % 100_000 == 0)
        Console.Error.WriteLine($"{i:N0} inputs, {characters / 1e6:F1} M chars, {failures} failures, {clock.Elapsed.TotalSeconds:F0} s");
}
Console.WriteLine($"fuzz: {count:N0} inputs ({characters / 1e6:F1} M chars) in {clock.Elapsed.TotalSeconds:F0} s, seed {seed}: {failures} failures");
return failures == 0 ? 0 : 1;

long Option(string name, long fallback)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? long.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}

string? OptionText(string name)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
