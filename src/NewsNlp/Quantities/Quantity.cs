using System.Text.Json;

namespace NewsNlp;

/// <summary>The type of a numeric expression (the contract's <c>type</c>).</summary>
public enum QuantityType : byte
{
    /// <summary>A plain number: "three", "1.5 million".</summary>
    Cardinal,
    /// <summary>An ordinal: "third", "21st".</summary>
    Ordinal,
    /// <summary>A percentage: "5%", "five per cent".</summary>
    Percent,
    /// <summary>An amount of money: "$2.3bn".</summary>
    Money,
    /// <summary>A physical quantity with a unit: "200 kilometres".</summary>
    Quantity,
}

/// <summary>A restatement of a quantity in other units ("200 kilometres (125 miles)") and whether the two agree.</summary>
/// <param name="Span">Where the restatement is.</param>
/// <param name="Text">The restatement as written.</param>
/// <param name="Value">Its number.</param>
/// <param name="Unit">Its unit symbol.</param>
public sealed record QuantityEquivalent(TextSpan Span, string Text, decimal? Value, string? Unit)
{
    /// <summary>The value in SI units, for physical quantities.</summary>
    public decimal? SiValue { get; init; }

    /// <summary>The SI unit of <see cref="SiValue"/>.</summary>
    public string? SiUnit { get; init; }

    /// <summary>Whether the two figures agree within the rounding of the figures as written; null where no fixed rate exists (currencies).</summary>
    public bool? Consistent { get; init; }

    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("equivalent");
        NewsJson.WriteSpan(writer, Span, Text);
        NewsJson.WriteNumberOrNull(writer, "value", Value);
        if (Unit is not null) writer.WriteString("unit", Unit);
        if (SiValue is not null) NewsJson.WriteNumberOrNull(writer, "siValue", SiValue);
        if (SiUnit is not null) writer.WriteString("siUnit", SiUnit);
        if (Consistent is bool consistent) writer.WriteBoolean("consistent", consistent); else writer.WriteNull("consistent");
        writer.WriteEndObject();
    }
}

/// <summary>A number, percentage, amount of money or physical quantity, normalised.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Type">Cardinal, ordinal, percent, money or quantity.</param>
/// <param name="Value">The number ("1.5 million" → 1500000, "5%" → 5), or null when it cannot be represented.</param>
/// <param name="Unit">The unit symbol ("km", "°C") or ISO 4217 code ("USD"), or null.</param>
public sealed record Quantity(TextSpan Span, string Text, QuantityType Type, decimal? Value, string? Unit)
{
    /// <summary>The value in SI base or derived units, for physical quantities.</summary>
    public decimal? SiValue { get; init; }

    /// <summary>The SI unit of <see cref="SiValue"/> ("m", "kg", "m/s").</summary>
    public string? SiUnit { get; init; }

    /// <summary>An approximation or bound on the value ("about", "more than", "up to"), or null.</summary>
    public string? Modifier { get; init; }

    /// <summary>The upper end of a range ("10 to 20" → 20; <see cref="Value"/> is the lower end), or null.</summary>
    public decimal? RangeEnd { get; init; }

    /// <summary>A restatement in other units, or null.</summary>
    public QuantityEquivalent? Equivalent { get; init; }

    /// <summary>Contract spelling of <paramref name="type"/>.</summary>
    public static string TypeName(QuantityType type) => type switch
    {
        QuantityType.Cardinal => "CARDINAL",
        QuantityType.Ordinal => "ORDINAL",
        QuantityType.Percent => "PERCENT",
        QuantityType.Money => "MONEY",
        _ => "QUANTITY",
    };

    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        NewsJson.WriteSpan(writer, Span, Text);
        writer.WriteString("type", TypeName(Type));
        NewsJson.WriteNumberOrNull(writer, "value", Value);
        if (Unit is not null) writer.WriteString("unit", Unit);
        if (SiValue is not null) NewsJson.WriteNumberOrNull(writer, "siValue", SiValue);
        if (SiUnit is not null) writer.WriteString("siUnit", SiUnit);
        if (Modifier is not null) writer.WriteString("modifier", Modifier);
        if (RangeEnd is not null) NewsJson.WriteNumberOrNull(writer, "rangeEnd", RangeEnd);
        Equivalent?.WriteJson(writer);
        writer.WriteEndObject();
    }
}
