using System.Collections.Immutable;
using System.Text.Json;

namespace NewsNlp;

/// <summary>The type of a named entity (the contract's <c>type</c>).</summary>
public enum EntityType : byte
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organisation: companies, agencies, institutions, news outlets.</summary>
    Org,
    /// <summary>A geo-political entity: countries, cities, states.</summary>
    Gpe,
    /// <summary>Another location: regions, seas, mountains ("Middle East").</summary>
    Loc,
    /// <summary>Nationalities, religious and political groups ("Belarusian").</summary>
    Norp,
    /// <summary>Buildings, airports, roads ("Oval Office").</summary>
    Fac,
    /// <summary>Named events (wars, summits, storms).</summary>
    Event,
    /// <summary>Other names: laws, works, products.</summary>
    Misc,
}

/// <summary>One mention of a named entity.</summary>
/// <param name="Span">Where the mention is in the text.</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Type">Its type.</param>
/// <param name="Name">The canonical name shared by every mention of the same entity ("Lukashenko" → "Alexander Lukashenko").</param>
public sealed record Entity(TextSpan Span, string Text, EntityType Type, string Name)
{
    /// <summary>Index of the entity (the group of mentions) this mention belongs to, numbered in order of first mention; equal for mentions with the same <see cref="Name"/> and kind of type (places share one kind).</summary>
    public int EntityId { get; init; }

    /// <summary>
    /// Titles and descriptions written next to the entity's mentions anywhere in the document, kept out
    /// of the span ("Belarusian President", "Kremlin spokesman", "US blogger", "state news agency"); the
    /// same list on every mention of one entity, in document order. Collected for people and
    /// organisations; empty for other entities and most mentions.
    /// </summary>
    public ImmutableArray<string> Descriptors { get; init; } = [];

    /// <summary>Whether two mentions are equal, comparing <see cref="Descriptors"/> by content.</summary>
    public bool Equals(Entity? other) =>
        other is not null && Span == other.Span && Text == other.Text && Type == other.Type && Name == other.Name
        && EntityId == other.EntityId && DescriptorsOrEmpty.SequenceEqual(other.DescriptorsOrEmpty);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Span, Text, Type, Name, EntityId);

    private ImmutableArray<string> DescriptorsOrEmpty => Descriptors.IsDefault ? [] : Descriptors;

    /// <summary>Contract spelling of <paramref name="type"/> ("PERSON", "GPE", …).</summary>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        EntityType.Fac => "FAC",
        EntityType.Event => "EVENT",
        _ => "MISC",
    };

    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        NewsJson.WriteSpan(writer, Span, Text);
        writer.WriteString("type", TypeName(Type));
        writer.WriteString("name", Name);
        writer.WriteNumber("entityId", EntityId);
        if (!Descriptors.IsDefaultOrEmpty)
        {
            writer.WriteStartArray("descriptors");
            foreach (var descriptor in Descriptors) writer.WriteStringValue(descriptor);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
