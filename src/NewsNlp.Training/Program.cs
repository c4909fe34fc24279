using System.Diagnostics;
using System.Globalization;
using NewsNlp;
using NewsNlp.Entities;
using NewsNlp.Training;

// NewsNlp.Training: builds the entities stage's resources. See docs/entities.md.
//   extract-gazetteers --npm /tmp/gaz/node_modules [--out src/NewsNlp/Resources/Entities/gazetteer.txt]
//   train-ner [--data ../shared/corpora/ner] [--train gmb.train,btc.train,wnut17.train,secfin.train] [--dev gmb.dev] [--epochs 6] [--bits 20] [--seed 20261128] [--mix 3] [--prune 1.0] [--out src/NewsNlp/Resources/Entities/ner.bin]
//   bench [--text FILE] : indicative speed of the entities stage (Stopwatch, not BenchmarkDotNet)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

string Option(string name, string fallback)
{
    int i = Array.IndexOf(args, "--" + name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

string repo = FindRepo();
string resources = Path.Combine(repo, "src", "NewsNlp", "Resources", "Entities");
string command = args.Length > 0 ? args[0] : "help";
switch (command)
{
    case "extract-gazetteers":
        return GazetteerExtractor.Run(Option("npm", "/tmp/gaz/node_modules"), Path.Combine(repo, "src", "NewsNlp.Training", "Curated"),
            Option("out", Path.Combine(resources, "gazetteer.txt")));

    case "train-ner":
    {
        var clock = Stopwatch.StartNew();
        string data = Option("data", Path.Combine(repo, "..", "shared", "corpora", "ner"));
        if (!Directory.Exists(data)) data = "/work/shared/corpora/ner";
        int bits = int.Parse(Option("bits", "20"), CultureInfo.InvariantCulture);
        int epochs = int.Parse(Option("epochs", "6"), CultureInfo.InvariantCulture);
        int seed = int.Parse(Option("seed", "20261128"), CultureInfo.InvariantCulture);
        float prune = float.Parse(Option("prune", "1.0"), CultureInfo.InvariantCulture);
        int mix = int.Parse(Option("mix", "3"), CultureInfo.InvariantCulture);
        string output = Option("out", Path.Combine(resources, "ner.bin"));
        Gazetteer gazetteer;
        using (var reader = new StreamReader(Option("gazetteer", Path.Combine(resources, "gazetteer.txt")))) gazetteer = Gazetteer.Parse(reader);

        var trainer = new PerceptronTrainer(bits, gazetteer);
        var train = new List<PerceptronTrainer.Prepared>();
        foreach (var name in Option("train", "gmb.train,btc.train,wnut17.train,secfin.train").Split(','))
        {
            var sentences = CorpusSentence.Read(Path.Combine(data, name + ".tsv"));
            int added = 0;
            for (int i = 0; i < sentences.Count; i++)
            {
                train.Add(trainer.Prepare(sentences[i]));
                // Augmentation: 1 sentence in 20 again in capitals (headlines), 1 in 50 in lower case.
                if (i % 20 == 7) { train.Add(trainer.Prepare(sentences[i].WithCase(upper: true))); added++; }
                if (i % 50 == 13) { train.Add(trainer.Prepare(sentences[i].WithCase(upper: false))); added++; }
            }
            Console.Error.WriteLine($"{name}: {sentences.Count:N0} sentences (+{added:N0} re-cased copies)");
        }
        var dev = new List<PerceptronTrainer.Prepared>();
        foreach (var name in Option("dev", "gmb.dev").Split(','))
            dev.AddRange(CorpusSentence.Read(Path.Combine(data, name + ".tsv")).Select(trainer.Prepare));
        Console.Error.WriteLine($"features ready in {clock.Elapsed.TotalSeconds:F1}s; training {mix} × {epochs} epochs, 2^{bits} buckets, seed {seed}");

        trainer.Train(train, epochs, seed, (epoch, model) => "dev " + trainer.Evaluate(dev, model.W, model.T));
        var (weights, transitions) = trainer.Averaged();
        // Parameter mixing: the mean of models trained on other sentence orders (seed + 1000 r). With noisy labels each
        // order gives a somewhat different model; their mean generalises better (through the pipeline: GMB dev +0.1,
        // UNER dev +1.2 F1) and, pruned at 1.0, is smaller and faster than one model pruned at 0.05.
        for (int r = 1; r < mix; r++)
        {
            var other = new PerceptronTrainer(bits, gazetteer);
            other.Train(train, epochs, seed + 1000 * r, null);
            var (w, t) = other.Averaged();
            for (int i = 0; i < weights.Length; i++) weights[i] += w[i];
            for (int i = 0; i < transitions.Length; i++) transitions[i] += t[i];
            Console.Error.WriteLine($"mean of {r + 1} models: dev " + trainer.Evaluate(dev, weights, transitions));
        }
        // The mean, not the sum, so that the pruning threshold means the same for any --mix.
        for (int i = 0; i < weights.Length; i++) weights[i] /= mix;
        for (int i = 0; i < transitions.Length; i++) transitions[i] /= mix;
        using (var file = File.Create(output)) NerModel.Write(file, bits, weights, transitions, prune);
        var size = new FileInfo(output).Length;
        Console.Error.WriteLine($"wrote {output}: {size / 1024.0 / 1024.0:F2} MB in {clock.Elapsed.TotalSeconds:F0}s total");
        return 0;
    }

    case "bench":
    {
        // The machine may be shared: report process CPU time beside wall time (the work is single-threaded).
        static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        var load = Stopwatch.StartNew();
        double cpu0 = Cpu();
        var gazetteerCount = Gazetteer.Default.Count;
        Console.Error.WriteLine($"gazetteer load: {load.Elapsed.TotalMilliseconds:F0} ms wall, {Cpu() - cpu0:F0} ms CPU ({gazetteerCount:N0} entries)");
        load.Restart();
        cpu0 = Cpu();
        var rows = NerModel.Default?.RowCount ?? 0;
        Console.Error.WriteLine($"model load: {load.Elapsed.TotalMilliseconds:F0} ms wall, {Cpu() - cpu0:F0} ms CPU ({rows:N0} rows)");
        load.Restart();
        {
            // A second read of the model, warm (the first includes JIT compilation of the reader).
            using var resource = typeof(NewsPipeline).Assembly.GetManifestResourceStream("NewsNlp.Entities.ner.bin")!;
            var c0 = Stopwatch.StartNew();
            NerModel.Read(resource);
            Console.Error.WriteLine($"model load, second time: {c0.Elapsed.TotalMilliseconds:F1} ms");
        }
        load.Restart();
        var nlp = new NewsPipelineBuilder().UseEntities().Build();
        nlp.Process("Warm-up: Alexander Lukashenko met officials in Minsk.");
        Console.Error.WriteLine($"first use (gazetteer + model load + one document): {load.Elapsed.TotalMilliseconds:F0} ms");
        string file = Option("text", "/work/shared/corpora/news/wikinews_gum.jsonl");
        var texts = new List<string>();
        foreach (var line in File.ReadLines(file))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            if (doc.RootElement.TryGetProperty("text", out var t) && t.GetString() is { } s) texts.Add(s);
        }
        long tokens = texts.Sum(t => (long)NewsTokenizer.Tokenize(t).Length);
        var tokensOnly = new NewsPipelineBuilder().Build();
        // This thread's CPU time (Linux: /proc/thread-self/stat, in clock ticks of 10 ms), else wall time.
        static double ThreadSeconds()
        {
            try
            {
                var stat = File.ReadAllText("/proc/thread-self/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
            }
            catch (IOException)
            {
                return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
            }
        }
        double Seconds(NewsPipeline p, int rounds)
        {
            double c = ThreadSeconds();
            for (int r = 0; r < rounds; r++) foreach (var t in texts) p.Process(t);
            return (ThreadSeconds() - c) / rounds;
        }
        Seconds(nlp, 2); Seconds(tokensOnly, 2);
        {
            // Where the time goes: features, decoding, the rest.
            var model = NerModel.Default!;
            var gaz = Gazetteer.Default;
            var docs = texts.Select(t => tokensOnly.Process(t)).ToList();
            var feats = new int[4096 * NerFeatures.MaxPerToken];
            var counts = new int[4096];
            var labels = new byte[4096];
            double featureTime = 0, decodeTime = 0;
            for (int round = 0; round < 5; round++)
            {
                foreach (var d in docs)
                {
                    foreach (var s in d.Sentences)
                    {
                        int n = Math.Min(s.TokenCount, 4096);
                        var st = new int[n]; var ln = new int[n];
                        for (int i = 0; i < n; i++) { st[i] = d.Tokens[s.FirstTokenIndex + i].Start; ln[i] = d.Tokens[s.FirstTokenIndex + i].Length; }
                        long t0 = Stopwatch.GetTimestamp();
                        NerFeatures.Extract(d.Text, st, ln, gaz, model.HashBits, feats.AsSpan(0, n * NerFeatures.MaxPerToken), counts.AsSpan(0, n));
                        long t1 = Stopwatch.GetTimestamp();
                        model.Decode(feats.AsSpan(0, n * NerFeatures.MaxPerToken), counts.AsSpan(0, n), labels.AsSpan(0, n));
                        long t2 = Stopwatch.GetTimestamp();
                        featureTime += (t1 - t0) / (double)Stopwatch.Frequency;
                        decodeTime += (t2 - t1) / (double)Stopwatch.Frequency;
                    }
                }
            }
            Console.Error.WriteLine($"features {tokens * 5 / featureTime / 1e6:F2} M tokens/s, decode {tokens * 5 / decodeTime / 1e6:F2} M tokens/s");
        }
        double withEntities = Seconds(nlp, 40), baseline = Seconds(tokensOnly, 40);
        var bare = new NewsPipelineBuilder().UseEntities(new EntityOptions { PropagateNames = false, CollectDescriptors = false }).Build();
        Seconds(bare, 2);
        double bareSeconds = Seconds(bare, 40);
        Console.Error.WriteLine($"without propagation and descriptors: {tokens / (bareSeconds - baseline) / 1e6:F2} M tokens/s");
        var noProp = new NewsPipelineBuilder().UseEntities(new EntityOptions { PropagateNames = false }).Build();
        Seconds(noProp, 2);
        Console.Error.WriteLine($"without propagation: {tokens / (Seconds(noProp, 40) - baseline) / 1e6:F2} M tokens/s");
        withEntities = Seconds(nlp, 40); // again, now that every method is fully optimised by the JIT
        Console.WriteLine($"(thread CPU time) {texts.Count} documents, {tokens:N0} tokens: pipeline with entities {tokens / withEntities / 1e6:F2} M tokens/s; " +
            $"tokenizer+sentences only {tokens / baseline / 1e6:F2} M tokens/s; entities stage alone ≈ {tokens / (withEntities - baseline) / 1e6:F2} M tokens/s");
        return 0;
    }

    default:
        Console.Error.WriteLine("usage: NewsNlp.Training extract-gazetteers --npm DIR | train-ner [--epochs N] [--bits B] [--mix M] [--out FILE] | bench");
        return 2;
}

static string FindRepo()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln"))) return dir.FullName;
    }
    return Directory.GetCurrentDirectory();
}
