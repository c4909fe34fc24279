using System.Text.Json;

namespace NewsNlp;

/// <summary>How a quote is reported (the contract's <c>kind</c>).</summary>
public enum QuoteKind : byte
{
    /// <summary>All of the content is inside quote marks.</summary>
    Direct,
    /// <summary>Reported speech without quote marks.</summary>
    Indirect,
    /// <summary>A reported clause that contains a quoted fragment.</summary>
    Mixed,
}

/// <summary>A piece of text as written, with its place: a speaker mention or a cue.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Text">The text as written.</param>
public sealed record Mention(TextSpan Span, string Text);

/// <summary>Something somebody said: its content, how it is reported, the cue and the speaker.</summary>
/// <param name="Span">The quoted content, without enclosing quote marks.</param>
/// <param name="Text">The content as written.</param>
/// <param name="Kind">Direct, indirect or mixed.</param>
/// <param name="Cue">The verb or phrase introducing the speech ("said", "went on", "according to"), or null.</param>
/// <param name="Speaker">The speaker's mention near the quote ("he", "Lukashenko", "the Kremlin spokesman"), or null.</param>
/// <param name="SpeakerName">The canonical name of the entity the speaker refers to, or null when unresolved.</param>
public sealed record Quote(TextSpan Span, string Text, QuoteKind Kind, Mention? Cue, Mention? Speaker, string? SpeakerName)
{
    /// <summary>Contract spelling of <paramref name="kind"/>.</summary>
    public static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Indirect => "indirect",
        _ => "mixed",
    };

    internal void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        NewsJson.WriteSpan(writer, Span, Text);
        writer.WriteString("kind", KindName(Kind));
        if (Cue is null) writer.WriteNull("cue"); else writer.WriteString("cue", Cue.Text);
        if (Speaker is null)
        {
            writer.WriteNull("speaker");
        }
        else
        {
            writer.WriteStartObject("speaker");
            NewsJson.WriteSpan(writer, Speaker.Span, Speaker.Text);
            writer.WriteEndObject();
        }
        if (SpeakerName is null) writer.WriteNull("speakerName"); else writer.WriteString("speakerName", SpeakerName);
        if (Cue is not null)
        {
            writer.WriteStartObject("cueSpan");
            NewsJson.WriteSpan(writer, Cue.Span, Cue.Text);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
