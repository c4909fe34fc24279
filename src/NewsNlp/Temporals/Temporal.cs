using System.Text.Json;

namespace NewsNlp;

/// <summary>The type of a temporal expression (the contract's <c>type</c>, TIMEX3 style).</summary>
public enum TemporalType : byte
{
    /// <summary>A calendar date or period: "2025-03-05", "2025-02", "2025", "2025-W10", "199X".</summary>
    Date,
    /// <summary>A time of day: "2025-03-05T14:30".</summary>
    Time,
    /// <summary>A length of time: "P3Y", "PT30M".</summary>
    Duration,
    /// <summary>A recurring time: "every Monday", "annually".</summary>
    Set,
    /// <summary>A person's age: "70-year-old" → "P70Y".</summary>
    Age,
}

/// <summary>A temporal expression and its normalised value.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Type">Date, time, duration, set or age.</param>
/// <param name="Value">ISO 8601 / TIMEX3 value ("2025-03-05", "P3Y", "XXXX-02-27" without a publication date), or null when it cannot be resolved.</param>
public sealed record Temporal(TextSpan Span, string Text, TemporalType Type, string? Value)
{
    /// <summary>
    /// An approximation or bound included in the span (TimeML's <c>mod</c>): "more than two hours",
    /// "around 1pm" → "more than", "approximately"; null when there is none.
    /// </summary>
    public string? Modifier { get; init; }

    /// <summary>Contract spelling of <paramref name="type"/>.</summary>
    public static string TypeName(TemporalType type) => type switch
    {
        TemporalType.Date => "DATE",
        TemporalType.Time => "TIME",
        TemporalType.Duration => "DURATION",
        TemporalType.Set => "SET",
        _ => "AGE",
    };

    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        NewsJson.WriteSpan(writer, Span, Text);
        writer.WriteString("type", TypeName(Type));
        if (Value is null) writer.WriteNull("value"); else writer.WriteString("value", Value);
        if (Modifier is not null) writer.WriteString("modifier", Modifier);
        writer.WriteEndObject();
    }
}
