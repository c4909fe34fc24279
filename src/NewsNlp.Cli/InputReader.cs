using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace NewsNlp.Cli;

/// <summary>One input document, or the reason it could not be read.</summary>
internal sealed record InputDocument(string? Id, int? Line, DateOnly? Published, string? Text, string? Error);

/// <summary>Reads documents from a text file, a folder of them, or a JSONL file or stream, lazily.</summary>
internal static class InputReader
{
    public static (IEnumerable<InputDocument> Documents, int? Total) Open(string input, Stream stdin)
    {
        if (input == "-") return (ReadJsonLines(stdin, leaveOpen: true), null);
        if (Directory.Exists(input))
        {
            var files = Directory.GetFiles(input, "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            return (files.Select(ReadTextFile), files.Length);
        }
        if (!File.Exists(input)) throw new FileNotFoundException("no such file or folder", input);
        if (input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            return (ReadJsonLines(new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), leaveOpen: false), null);
        return ([ReadTextFile(input)], 1);
    }

    private static InputDocument ReadTextFile(string path)
    {
        string id = Path.GetFileNameWithoutExtension(path);
        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            return Decode(bytes, out var text, out var error)
                ? new InputDocument(id, null, null, text, null)
                : new InputDocument(id, null, null, null, error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InputDocument(id, null, null, null, $"cannot read file: {e.Message}");
        }
    }

    /// <summary>UTF-8 text without a byte-order mark; binary (NUL bytes) and invalid UTF-8 are refused with a reason.</summary>
    private static bool Decode(ReadOnlySpan<byte> bytes, out string? text, out string? error)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        text = null;
        error = null;
        if (bytes.IndexOf((byte)0) >= 0) { error = "binary file (contains NUL bytes), not text"; return false; }
        if (!Utf8.IsValid(bytes)) { error = "invalid UTF-8"; return false; }
        text = Encoding.UTF8.GetString(bytes);
        return true;
    }

    private static IEnumerable<InputDocument> ReadJsonLines(Stream stream, bool leaveOpen)
    {
        try
        {
            int lineNumber = 0;
            foreach (var line in ReadLines(stream))
            {
                lineNumber++;
                var bytes = line.WrittenSpan;
                if (bytes.EndsWith((ReadOnlySpan<byte>)[(byte)'\r'])) bytes = bytes[..^1];
                if (lineNumber == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
                if (bytes.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t']).IsEmpty) continue; // blank lines are not documents
                yield return ParseLine(bytes, lineNumber);
            }
        }
        finally
        {
            if (!leaveOpen) stream.Dispose();
        }
    }

    private static InputDocument ParseLine(ReadOnlySpan<byte> bytes, int lineNumber)
    {
        string fallbackId = lineNumber.ToString(CultureInfo.InvariantCulture);
        if (!Utf8.IsValid(bytes)) return new InputDocument(fallbackId, lineNumber, null, null, "invalid UTF-8");
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
            using var json = JsonDocument.ParseValue(ref reader);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return new InputDocument(fallbackId, lineNumber, null, null, "a line must be a JSON object with a string \"text\"");

            string id = fallbackId;
            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString() ?? fallbackId,
                    JsonValueKind.Number => idElement.GetRawText(),
                    _ => fallbackId,
                };
            }

            DateOnly? published = null;
            if (root.TryGetProperty("published", out var publishedElement) && publishedElement.ValueKind != JsonValueKind.Null)
            {
                if (publishedElement.ValueKind != JsonValueKind.String || !CliOptions.TryParseDate(publishedElement.GetString()!, out var date))
                    return new InputDocument(id, lineNumber, null, null, "\"published\" must be an ISO date (YYYY-MM-DD) or date-time");
                published = date;
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                return new InputDocument(id, lineNumber, published, null, "no string \"text\" field");
            return new InputDocument(id, lineNumber, published, textElement.GetString(), null);
        }
        catch (JsonException e)
        {
            return new InputDocument(fallbackId, lineNumber, null, null, $"not valid JSON: {e.Message}");
        }
    }

    /// <summary>Splits a byte stream at '\n' without decoding; a last line without '\n' still counts.</summary>
    private static IEnumerable<ArrayBufferWriter<byte>> ReadLines(Stream stream)
    {
        var line = new ArrayBufferWriter<byte>(4096);
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            int offset = 0;
            while (offset < read)
            {
                int newline = Array.IndexOf(chunk, (byte)'\n', offset, read - offset);
                if (newline < 0)
                {
                    line.Write(chunk.AsSpan(offset, read - offset));
                    break;
                }
                line.Write(chunk.AsSpan(offset, newline - offset));
                yield return line;
                line.ResetWrittenCount();
                offset = newline + 1;
            }
        }
        if (line.WrittenCount > 0) yield return line;
    }
}
