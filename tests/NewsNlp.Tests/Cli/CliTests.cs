using System.Text;
using System.Text.Json;
using NewsNlp.Cli;

namespace NewsNlp.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("newsnlp-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string[] Lines, string Error) Run(string stdin, params string[] args)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        using var output = new MemoryStream();
        var error = new StringWriter();
        int exit = CliApp.Run(args, input, output, error, CancellationToken.None);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return (exit, lines, error.ToString());
    }

    [Fact]
    public void Analyze_TextFile_WritesOneContractLine()
    {
        string path = Path.Combine(TestData.SeedsFolder, TestData.SeedId + ".txt");
        var (exit, lines, _) = Run("", "analyze", path, "--published", "2025-03-05");
        exit.Should().Be(0);
        lines.Should().ContainSingle();
        using var json = JsonDocument.Parse(lines[0]);
        json.RootElement.GetProperty("id").GetString().Should().Be(TestData.SeedId);
        json.RootElement.GetProperty("published").GetString().Should().Be("2025-03-05");
        foreach (var list in new[] { "entities", "quotes", "temporals", "quantities" })
            json.RootElement.GetProperty(list).ValueKind.Should().Be(JsonValueKind.Array);
    }

    [Fact]
    public void Analyze_JsonlWithBadLines_ReportsEachAndKeepsTheGoodOnes()
    {
        string stdin = string.Join('\n',
            "{\"id\":\"a\",\"published\":\"2025-03-05\",\"text\":\"Hello there.\"}",
            "not json at all",
            "{\"id\":\"c\"}",
            "",
            "{\"text\":\"No id here.\"}",
            "{\"id\":\"e\",\"published\":\"yesterday\",\"text\":\"x\"}",
            "{\"id\":\"f\",\"text\":\"truncated");
        var (exit, lines, error) = Run(stdin, "analyze", "-");
        exit.Should().Be(1);
        error.Should().Contain("failed");
        var parsed = lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        parsed.Select(p => p.GetProperty("id").GetString()).Should().Equal("a", "2", "c", "5", "e", "7");
        parsed.Select(p => p.TryGetProperty("error", out _)).Should().Equal(false, true, true, false, true, true);
        parsed[1].GetProperty("line").GetInt32().Should().Be(2);
    }

    [Fact]
    public void Analyze_InvalidUtf8Line_IsAnErrorLine()
    {
        using var input = new MemoryStream([.. "{\"text\":\""u8, 0xFF, 0xFE, .. "\"}\n{\"text\":\"ok\"}\n"u8]);
        using var output = new MemoryStream();
        int exit = CliApp.Run(["analyze", "-"], input, output, TextWriter.Null, CancellationToken.None);
        exit.Should().Be(1);
        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines[0].Should().Contain("invalid UTF-8");
        lines[1].Should().Contain("\"entities\"");
    }

    [Fact]
    public void Analyze_LoneSurrogateEscape_IsAnErrorLine_NotACrash()
    {
        foreach (var threads in new[] { "1", "2" })
        {
            using var input = new MemoryStream("{\"id\":\"\\ud800\",\"text\":\"x\"}\n{\"text\":\"\\udc00 Putin\"}\n{\"text\":\"ok\"}\n"u8.ToArray());
            using var output = new MemoryStream();
            int exit = CliApp.Run(["analyze", "-", "--threads", threads], input, output, TextWriter.Null, CancellationToken.None);
            exit.Should().Be(1);
            var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            lines.Should().HaveCount(3);
            lines[0].Should().Contain("\"line\":1").And.Contain("not valid JSON");
            lines[1].Should().Contain("\"line\":2").And.Contain("not valid JSON");
            lines[2].Should().Contain("\"entities\"");
        }
    }

    [Theory]
    [InlineData("{\"id\": 42, \"text\": \"Putin\"}")]
    [InlineData("{\"id\": {\"x\": [1, {}]}, \"more\": [1, 2], \"text\": \"Putin\"}")]
    [InlineData("{\"text\": \"first\", \"text\": \"Putin\"}")]
    [InlineData("{\"te\\u0078t\": \"Putin\", \"published\": null}")]
    [InlineData("{\"published\": \"2025-03-05T10:00:00Z\", \"text\": \"Putin on Friday\"}")]
    [InlineData("{\"published\": 5, \"text\": \"Putin\"}")]
    [InlineData("{\"text\": null}")]
    [InlineData("{\"text\": \"Putin\"} trailing")]
    [InlineData("{\"text\": \"Putin\",}")]
    [InlineData("[1, 2]")]
    public void ParseLine_ReadsAsJsonDocumentWould(string line)
    {
        // The direct reader and the JsonDocument fallback agree (the fallback is the reference).
        var bytes = Encoding.UTF8.GetBytes(line);
        var doc = InputReader.ParseLine(bytes, 7);
        using var json = ParseOrNull(bytes);
        if (json is null || json.RootElement.ValueKind != JsonValueKind.Object)
        {
            doc.Error.Should().NotBeNull();
            return;
        }
        var root = json.RootElement;
        string expectedId = root.TryGetProperty("id", out var id)
            ? id.ValueKind switch { JsonValueKind.String => id.GetString()!, JsonValueKind.Number => id.GetRawText(), _ => "7" }
            : "7";
        doc.Id.Should().Be(expectedId);
        if (doc.Error is null) doc.Text.Should().Be(root.GetProperty("text").GetString());
        else doc.Text.Should().BeNull();

        static JsonDocument? ParseOrNull(byte[] bytes)
        {
            try
            {
                var reader = new Utf8JsonReader(bytes);
                return JsonDocument.ParseValue(ref reader);
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }

    [Fact]
    public void Analyze_Folder_TakesTxtFilesInNameOrder_AndRefusesBinary()
    {
        File.WriteAllText(Path.Combine(_folder, "b.txt"), "Second.");
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "First.");
        File.WriteAllBytes(Path.Combine(_folder, "c.txt"), [0, 1, 2, 3]);
        File.WriteAllText(Path.Combine(_folder, "ignored.md"), "Not text input.");
        var (exit, lines, _) = Run("", "analyze", _folder);
        exit.Should().Be(1);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Should().Equal("a", "b", "c");
        lines[2].Should().Contain("binary");
    }

    [Fact]
    public void Analyze_Threads_KeepInputOrder()
    {
        var stdin = string.Join('\n', Enumerable.Range(0, 50).Select(i => $"{{\"id\":\"d{i}\",\"text\":\"Document {i} says \\\"hello\\\".\"}}"));
        var (exit, lines, _) = Run(stdin, "analyze", "-", "--threads", "4");
        exit.Should().Be(0);
        lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Should().Equal(Enumerable.Range(0, 50).Select(i => $"d{i}"));
    }

    [Fact]
    public void Analyze_Output_WritesToTheFile()
    {
        string output = Path.Combine(_folder, "out.jsonl");
        var (exit, lines, _) = Run("{\"text\":\"Hi.\"}", "analyze", "-", "--output", output);
        exit.Should().Be(0);
        lines.Should().BeEmpty();
        File.ReadAllLines(output).Should().ContainSingle().Which.Should().Contain("\"entities\"");
    }

    [Theory]
    [InlineData(2, "analyze")]
    [InlineData(2, "analyze", "x.txt", "--threads", "0")]
    [InlineData(2, "analyze", "x.txt", "--published", "05/03/2025")]
    [InlineData(2, "analyze", "x.txt", "--bogus")]
    [InlineData(2, "frobnicate")]
    [InlineData(3, "analyze", "/no/such/file.txt")]
    public void BadUsage_GivesItsExitCodeAndAMessage(int expectedExit, params string[] args)
    {
        var (exit, _, error) = Run("", args);
        exit.Should().Be(expectedExit);
        error.Should().StartWith("newsnlp:");
    }

    [Fact]
    public void Version_And_Help_Work()
    {
        Run("", "--version").Lines.Should().ContainSingle().Which.Should().StartWith("newsnlp ");
        Run("", "--help").Lines.Should().Contain(l => l.Contains("analyze"));
    }

    [Fact]
    public void Analyze_EmptyJsonlFile_WritesNothingAndSucceeds()
    {
        string path = Path.Combine(_folder, "empty.jsonl");
        File.WriteAllText(path, "");
        var (exit, lines, _) = Run("", "analyze", path);
        exit.Should().Be(0);
        lines.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_HugeLine_IsProcessed()
    {
        string text = string.Concat(Enumerable.Repeat("Lukashenko said yes on Wednesday, 5 km away. ", 300_000)); // ~13 MB line
        var (exit, lines, _) = Run($"{{\"id\":\"big\",\"text\":\"{text}\"}}\n{{\"id\":\"small\",\"text\":\"ok\"}}", "analyze", "-");
        exit.Should().Be(0);
        lines.Should().HaveCount(2);
        lines[1].Should().Contain("\"small\"");
    }

    private sealed class ClosedPipe : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Broken pipe");
        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("Broken pipe");
        public override void WriteByte(byte value) => throw new IOException("Broken pipe");
    }

    [Fact]
    public void Analyze_OutputClosed_ExitsWithIoCodeAndAMessage()
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"));
        using var output = new ClosedPipe();
        var error = new StringWriter();
        CliApp.Run(["analyze", "-"], input, output, error, CancellationToken.None).Should().Be(CliApp.ExitIo);
        error.ToString().Should().Contain("output closed");
    }

    [Fact]
    public void Analyze_OutputClosed_WithWorkers_ExitsWithIoCode_AndTheWorkersStopQuietly()
    {
        var lines = string.Concat(Enumerable.Range(0, 200).Select(i => $"{{\"text\":\"Putin met Lukashenko in Minsk ({i}).\"}}\n"));
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(lines));
        using var output = new ClosedPipe();
        var error = new StringWriter();
        CliApp.Run(["analyze", "-", "--threads", "3"], input, output, error, CancellationToken.None).Should().Be(CliApp.ExitIo);
        error.ToString().Should().Contain("output closed");
        Thread.Sleep(200); // a worker failing after the run would take the test process down here
    }

    [Fact]
    public void Analyze_Interrupted_WritesOnlyCompleteLines()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"));
        using var output = new MemoryStream();
        CliApp.Run(["analyze", "-"], input, output, TextWriter.Null, cts.Token).Should().Be(CliApp.ExitInterrupted);
        string written = Encoding.UTF8.GetString(output.ToArray());
        (written.Length == 0 || written.EndsWith('\n')).Should().BeTrue();
    }
}
