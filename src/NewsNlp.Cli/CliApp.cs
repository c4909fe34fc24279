using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace NewsNlp.Cli;

/// <summary>The <c>newsnlp</c> command: reads documents, analyses them, writes JSONL in input order.</summary>
internal static class CliApp
{
    public const int ExitOk = 0, ExitSomeFailed = 1, ExitUsage = 2, ExitIo = 3, ExitInterrupted = 130;

    /// <summary>Runs with the console's streams; Ctrl-C stops after the lines in flight are written.</summary>
    public static int RunConsole(string[] args)
    {
        using var interrupt = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // finish the lines in flight, then stop
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            return Run(args, input, output, Console.Error, interrupt.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Runs the command with the given streams (tests call this directly).</summary>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            (args.Length == 0 ? stderr : Out(stdout)).WriteLine(CliOptions.Usage);
            return args.Length == 0 ? ExitUsage : ExitOk;
        }
        if (args[0] is "--version" or "-v" or "version")
        {
            var version = typeof(NewsPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            Out(stdout).WriteLine($"newsnlp {version.Split('+')[0]}");
            return ExitOk;
        }
        if (args[0] != "analyze")
        {
            stderr.WriteLine($"newsnlp: unknown command '{args[0]}'; try 'newsnlp analyze <input>' or 'newsnlp --help'.");
            return ExitUsage;
        }

        var options = CliOptions.Parse(args[1..], out var error);
        if (options is null)
        {
            stderr.WriteLine($"newsnlp: {error}");
            return ExitUsage;
        }

        IEnumerable<InputItem> documents;
        int? total;
        try
        {
            (documents, total) = InputReader.Open(options.Input, stdin);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            stderr.WriteLine($"newsnlp: cannot read '{options.Input}': {e.Message}");
            return ExitIo;
        }

        Stream sink;
        try
        {
            sink = options.Output is null ? stdout : new FileStream(options.Output, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"newsnlp: cannot write '{options.Output}': {e.Message}");
            return ExitIo;
        }

        var pipeline = PipelineFactory.Create(options.Stages, options.QuoteStances);
        var jsonOptions = new NewsJsonOptions { Indented = options.Pretty, IncludeSentences = options.Sentences, IncludeTokens = options.Tokens };
        var writerOptions = new JsonWriterOptions
        {
            Indented = options.Pretty,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        var lines = new LinePool();
        bool showProgress = options.Progress ?? (!Console.IsErrorRedirected && total is not 1);
        var progress = showProgress ? new Progress(stderr, total) : null;

        int failed = 0;
        try
        {
            // The output lines are made (parsed, analysed, serialised to UTF-8) by the workers; this
            // thread only splits the input into lines and copies finished lines out in order.
            using var buffered = new BufferedStream(sink, 1 << 18);
            void Write(Line line)
            {
                if (line.Failed) failed++;
                buffered.Write(line.Bytes.WrittenSpan);
                buffered.WriteByte((byte)'\n');
                lines.Return(line.Bytes);
            }

            if (options.Threads == 1)
            {
                foreach (var document in documents)
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        document.Discard();
                        break;
                    }
                    Write(Analyse(pipeline, document, options, jsonOptions, writerOptions, lines));
                    buffered.Flush();
                    progress?.Advance(1);
                }
            }
            else
            {
                // A sliding window of documents in flight, analysed by dedicated worker threads (not the thread
                // pool: no spinning or extra threads) and written in input order as each head finishes: no batch
                // barrier, and memory stays bounded by the window.
                int window = options.Threads * 4;
                var inFlight = new Queue<Job>(window);
                // Not disposed: workers may still be looking at it after CompleteAdding (they stop on their own).
                var work = new BlockingCollection<Job>();
                void WriteHead()
                {
                    var job = inFlight.Dequeue();
                    Write(job.Wait());
                    if (inFlight.Count == 0 || !inFlight.Peek().IsDone) buffered.Flush();
                    progress?.Advance(1);
                }
                // Each stage's one-time set-up (loading its model or lexicons, compiling its code) runs on the
                // workers side by side before the first documents, instead of one stage after another inside them.
                var warmUps = new ConcurrentQueue<INewsStage>(pipeline.Stages);
                void Work()
                {
                    while (warmUps.TryDequeue(out var stage)) WarmUp(stage);
                    Func<InputItem, Line> analyse = item => Analyse(pipeline, item, options, jsonOptions, writerOptions, lines);
                    foreach (var job in work.GetConsumingEnumerable()) job.Run(analyse);
                }
                for (int i = 0; i < options.Threads; i++) new Thread(Work) { IsBackground = true, Name = "newsnlp worker" }.Start();
                try
                {
                    foreach (var document in documents)
                    {
                        if (cancellationToken.IsCancellationRequested)
                        {
                            document.Discard();
                            break;
                        }
                        var job = new Job(document);
                        inFlight.Enqueue(job);
                        work.Add(job);
                        while (inFlight.Count >= window || (inFlight.Count > 0 && inFlight.Peek().IsDone)) WriteHead();
                    }
                    while (inFlight.Count > 0) WriteHead(); // lines already started are finished, so output stays whole
                }
                finally
                {
                    work.CompleteAdding(); // the workers finish what they hold and stop
                }
            }
            buffered.Flush();
            progress?.Done();
        }
        catch (IOException e)
        {
            progress?.Done();
            stderr.WriteLine($"newsnlp: output closed: {e.Message}");
            return ExitIo;
        }
        finally
        {
            if (!ReferenceEquals(sink, stdout)) sink.Dispose();
        }

        if (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("newsnlp: interrupted; every line written is complete.");
            return ExitInterrupted;
        }
        if (failed > 0) stderr.WriteLine($"newsnlp: {failed} document(s) failed; see their error lines.");
        return failed > 0 ? ExitSomeFailed : ExitOk;
    }

    /// <summary>One document in flight: its input, then the output line a worker made of it.</summary>
    private sealed class Job(InputItem item)
    {
        private readonly ManualResetEventSlim _done = new(false);
        private Line _line;
        private System.Runtime.ExceptionServices.ExceptionDispatchInfo? _error;

        public bool IsDone => _done.IsSet;

        public void Run(Func<InputItem, Line> analyse)
        {
            try { _line = analyse(item); }
            catch (Exception e) { _error = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
            _done.Set();
        }

        /// <summary>Waits for the line; an unexpected failure is rethrown here, on the writing thread.</summary>
        public Line Wait()
        {
            _done.Wait();
            _error?.Throw();
            return _line;
        }
    }

    /// <summary>One output line, UTF-8 without its '\n', in a buffer of <see cref="LinePool"/>; <c>Failed</c> for an error line.</summary>
    private readonly record struct Line(ArrayBufferWriter<byte> Bytes, bool Failed);

    /// <summary>Output buffers shared by the workers and the writer, so a run reuses a few instead of allocating one a document.</summary>
    private sealed class LinePool
    {
        // A buffer that grew past this for a huge document is dropped rather than kept.
        private const int MaxKept = 1 << 22;
        private readonly System.Collections.Concurrent.ConcurrentBag<ArrayBufferWriter<byte>> _free = [];

        public ArrayBufferWriter<byte> Rent(int sizeHint)
        {
            if (!_free.TryTake(out var buffer)) buffer = new ArrayBufferWriter<byte>(Math.Max(sizeHint, 1 << 12));
            return buffer;
        }

        public void Return(ArrayBufferWriter<byte> buffer)
        {
            if (buffer.Capacity > MaxKept) return;
            buffer.ResetWrittenCount();
            _free.Add(buffer);
        }
    }

    /// <summary>One output line: the document's JSON, or its error line (then <c>Failed</c> is true).</summary>
    private static Line Analyse(NewsPipeline pipeline, InputItem item, CliOptions options, NewsJsonOptions jsonOptions,
        JsonWriterOptions writerOptions, LinePool lines)
    {
        var document = item.Resolve();
        bool failed = false;
        var buffer = lines.Rent(256 + (document.Text?.Length ?? 0) * 2);
        using (var writer = new Utf8JsonWriter(buffer, writerOptions))
        {
            if (document.Error is not null || document.Text is null)
            {
                failed = true;
                WriteError(writer, document, document.Error ?? "no text");
            }
            else
            {
                try
                {
                    var result = pipeline.Process(document.Text, document.Published ?? options.Published);
                    result.WriteJson(writer, document.Id, jsonOptions);
                }
                catch (ArgumentException e)
                {
                    // Misuse-level limits (a document over the maximum length) fail that document only.
                    writer.Reset();
                    buffer.ResetWrittenCount();
                    failed = true;
                    WriteError(writer, document, e.Message);
                }
                catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
                {
                    // A bug met on one document fails that document, not the whole run, and says so.
                    writer.Reset();
                    buffer.ResetWrittenCount();
                    failed = true;
                    WriteError(writer, document, $"internal error ({e.GetType().Name}: {e.Message}); please report it with this document");
                }
            }
        }
        return new Line(buffer, failed);
    }

    // Made-up text that reaches every stage's set-up (model, lexicons, cue lists); its content does not matter.
    private const string WarmUpText =
        "On Wednesday, Portuguese Minister Ana Ferreira told the U.N.: \"We will pay $5 million for 200 kilometres "
        + "(125 miles) of road by 2026.\" Ferreira, 58, said the three-year plan was agreed in Lisbon.";

    private static void WarmUp(INewsStage stage)
    {
        try
        {
            new NewsPipelineBuilder().Use(stage).Build().Process(WarmUpText, new DateOnly(2025, 3, 5));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a head start: a stage that fails here fails on the documents, where it is reported.
        }
    }

    private static void WriteError(Utf8JsonWriter writer, InputDocument document, string error)
    {
        writer.WriteStartObject();
        if (document.Id is null) writer.WriteNull("id"); else writer.WriteString("id", document.Id);
        if (document.Line is int line) writer.WriteNumber("line", line);
        writer.WriteString("error", error);
        writer.WriteEndObject();
    }

    private static StreamWriter Out(Stream stdout) => new(stdout, leaveOpen: true) { AutoFlush = true };

    /// <summary>A one-line progress bar on standard error.</summary>
    private sealed class Progress(TextWriter stderr, int? total)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private long _lastDraw = -1000;
        private int _done;

        public void Advance(int count)
        {
            _done += count;
            if (_clock.ElapsedMilliseconds - _lastDraw < 100) return;
            _lastDraw = _clock.ElapsedMilliseconds;
            Draw();
        }

        public void Done()
        {
            Draw();
            stderr.WriteLine();
        }

        private void Draw()
        {
            double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
            string rate = $"{_done / seconds:F0} docs/s";
            if (total is int all && all > 0)
            {
                int width = 30, filled = (int)((long)width * Math.Min(_done, all) / all);
                stderr.Write($"\r[{new string('#', filled)}{new string('-', width - filled)}] {_done}/{all} {rate}  ");
            }
            else
            {
                stderr.Write($"\r{_done} documents, {rate}  ");
            }
        }
    }
}
