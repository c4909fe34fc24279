using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsNlp;

/// <summary>Optional parts of the JSON output.</summary>
public readonly record struct NewsJsonOptions
{
    /// <summary>Indent the JSON (one object is then several lines: not JSONL).</summary>
    public bool Indented { get; init; }

    /// <summary>Add a <c>sentences</c> list of spans.</summary>
    public bool IncludeSentences { get; init; }

    /// <summary>Add a <c>tokens</c> list (start, end, kind).</summary>
    public bool IncludeTokens { get; init; }
}

/// <summary>Reflection-free JSON of the contract, so the tool and apps can be published AOT.</summary>
internal static class NewsJson
{
    // Relaxed escaping keeps “curly quotes” and non-ASCII names readable; output is UTF-8 JSON, not HTML.
    internal static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };
    internal static readonly JsonWriterOptions IndentedOptions = CompactOptions with { Indented = true };

    public static JsonWriterOptions WriterOptions(bool indented) => indented ? IndentedOptions : CompactOptions;

    public static string ToJson(NewsDocument document, string? id, NewsJsonOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>(document.Text.Length * 2 + 256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(options.Indented)))
        {
            WriteDocument(writer, document, id, options);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void WriteDocument(Utf8JsonWriter writer, NewsDocument document, string? id, NewsJsonOptions options)
    {
        writer.WriteStartObject();
        if (id is not null) writer.WriteString("id", id);
        if (document.Published is DateOnly published)
            writer.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            writer.WriteNull("published");

        writer.WriteStartArray("entities");
        foreach (var entity in document.Entities) entity.WriteJson(writer);
        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (var quote in document.Quotes) quote.WriteJson(writer);
        writer.WriteEndArray();

        writer.WriteStartArray("temporals");
        foreach (var temporal in document.Temporals) temporal.WriteJson(writer);
        writer.WriteEndArray();

        writer.WriteStartArray("quantities");
        foreach (var quantity in document.Quantities) quantity.WriteJson(writer);
        writer.WriteEndArray();

        if (options.IncludeSentences)
        {
            writer.WriteStartArray("sentences");
            foreach (var sentence in document.Sentences)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", sentence.Span.Start);
                writer.WriteNumber("end", sentence.Span.End);
                writer.WriteNumber("paragraph", sentence.ParagraphIndex);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }

        if (options.IncludeTokens)
        {
            writer.WriteStartArray("tokens");
            foreach (var token in document.Tokens)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", token.Start);
                writer.WriteNumber("end", token.End);
                writer.WriteString("kind", token.Kind.ToString());
                if (token.Kind == TokenKind.QuoteMark) writer.WriteString("quote", token.QuoteRole.ToString());
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    public static void WriteSpan(Utf8JsonWriter writer, TextSpan span, string text)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("end", span.End);
        writer.WriteString("text", text);
    }

    public static void WriteNumberOrNull(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is decimal number)
            writer.WriteNumber(name, Normalize(number));
        else
            writer.WriteNull(name);
    }

    // 201168.000m → 201168: trailing zeros of decimal's scale are noise in JSON.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
