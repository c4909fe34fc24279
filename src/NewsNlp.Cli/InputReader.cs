using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace NewsNlp.Cli;

/// <summary>One input document, or the reason it could not be read.</summary>
internal sealed record InputDocument(string? Id, int? Line, DateOnly? Published, string? Text, string? Error);

/// <summary>
/// A document as read: decoded already (a text file), or a JSONL line whose parsing is left to the
/// thread that analyses it (<see cref="Resolve"/>), so the reading thread only splits lines.
/// </summary>
internal readonly struct InputItem
{
    private readonly InputDocument? _document;
    private readonly byte[]? _line; // rented from ArrayPool<byte>.Shared; given back by Resolve
    private readonly int _length;
    private readonly int _lineNumber;

    public InputItem(InputDocument document) => _document = document;

    public InputItem(byte[] line, int length, int lineNumber)
    {
        _line = line;
        _length = length;
        _lineNumber = lineNumber;
    }

    /// <summary>The document (parses a JSONL line; call once).</summary>
    public InputDocument Resolve()
    {
        if (_document is not null) return _document;
        var document = InputReader.ParseLine(_line.AsSpan(0, _length), _lineNumber);
        ArrayPool<byte>.Shared.Return(_line!);
        return document;
    }

    /// <summary>Gives the line's buffer back without parsing it (the run stopped).</summary>
    public void Discard()
    {
        if (_line is not null) ArrayPool<byte>.Shared.Return(_line);
    }
}

/// <summary>Reads documents from a text file, a folder of them, or a JSONL file or stream, lazily.</summary>
internal static class InputReader
{
    public static (IEnumerable<InputItem> Documents, int? Total) Open(string input, Stream stdin)
    {
        if (input == "-") return (ReadJsonLines(stdin, leaveOpen: true), null);
        if (Directory.Exists(input))
        {
            var files = Directory.GetFiles(input, "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            return (files.Select(f => new InputItem(ReadTextFile(f))), files.Length);
        }
        if (!File.Exists(input)) throw new FileNotFoundException("no such file or folder", input);
        if (input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            return (ReadJsonLines(new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16), leaveOpen: false), null);
        return ([new InputItem(ReadTextFile(input))], 1);
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

    private static IEnumerable<InputItem> ReadJsonLines(Stream stream, bool leaveOpen)
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
                var copy = ArrayPool<byte>.Shared.Rent(bytes.Length);
                bytes.CopyTo(copy);
                yield return new InputItem(copy, bytes.Length, lineNumber);
            }
        }
        finally
        {
            if (!leaveOpen) stream.Dispose();
        }
    }

    /// <summary>One JSONL line: {"id": ..., "published": ..., "text": ...}, or the reason it is not a document.</summary>
    internal static InputDocument ParseLine(ReadOnlySpan<byte> bytes, int lineNumber)
    {
        string fallbackId = lineNumber.ToString(CultureInfo.InvariantCulture);
        if (!Utf8.IsValid(bytes)) return new InputDocument(fallbackId, lineNumber, null, null, "invalid UTF-8");
        return TryParseSimple(bytes, lineNumber, fallbackId) ?? ParseWithDocument(bytes, lineNumber, fallbackId);
    }

    /// <summary>
    /// The common case read straight from the bytes: one object, each field at most once, nothing after it.
    /// Anything else (bad JSON, repeated fields, ...) returns null and goes through <see cref="ParseWithDocument"/>,
    /// which gives the same result the slow way and words the errors.
    /// </summary>
    private static InputDocument? TryParseSimple(ReadOnlySpan<byte> bytes, int lineNumber, string fallbackId)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            bool hasId = false, hasPublished = false, hasText = false;
            string id = fallbackId;
            JsonTokenType publishedType = JsonTokenType.None;
            string? publishedValue = null, text = null;
            while (true)
            {
                if (!reader.Read()) return null;
                if (reader.TokenType == JsonTokenType.EndObject) break;
                if (reader.ValueTextEquals("id"u8))
                {
                    if (hasId) return null;
                    hasId = true;
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String) id = reader.GetString() ?? fallbackId;
                    else if (reader.TokenType == JsonTokenType.Number) id = Encoding.UTF8.GetString(reader.ValueSpan);
                    else reader.Skip();
                }
                else if (reader.ValueTextEquals("published"u8))
                {
                    if (hasPublished) return null;
                    hasPublished = true;
                    reader.Read();
                    publishedType = reader.TokenType;
                    if (publishedType == JsonTokenType.String) publishedValue = reader.GetString();
                    else reader.Skip();
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    if (hasText) return null;
                    hasText = true;
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String) text = reader.GetString();
                    else reader.Skip();
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            if (!bytes[(int)reader.BytesConsumed..].Trim(" \t\r\n"u8).IsEmpty) return null;

            DateOnly? published = null;
            if (hasPublished && publishedType != JsonTokenType.Null)
            {
                if (publishedValue is null || !CliOptions.TryParseDate(publishedValue, out var date))
                    return new InputDocument(id, lineNumber, null, null, "\"published\" must be an ISO date (YYYY-MM-DD) or date-time");
                published = date;
            }
            if (text is null) return new InputDocument(id, lineNumber, published, null, "no string \"text\" field");
            return new InputDocument(id, lineNumber, published, text, null);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static InputDocument ParseWithDocument(ReadOnlySpan<byte> bytes, int lineNumber, string fallbackId)
    {
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
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string that cannot be decoded ("\ud800", a lone surrogate escape).
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
