using System.Diagnostics.CodeAnalysis;

namespace NewsNlp;

/// <summary>Throw helpers for API misuse (content never throws).</summary>
internal static class NewsThrow
{
    [DoesNotReturn]
    public static void DocumentTooLong(int length, int max) =>
        throw new ArgumentOutOfRangeException("text", length,
            $"The document has {length:N0} characters, more than NewsPipelineOptions.MaxDocumentLength ({max:N0}). Split it into smaller documents or raise the limit with `options with {{ MaxDocumentLength = ... }}`.");

    [DoesNotReturn]
    public static void InvalidOption(string name, object? value, string what) =>
        throw new ArgumentOutOfRangeException(name, value, what);

    [DoesNotReturn]
    public static void DuplicateBuild() =>
        throw new InvalidOperationException("This NewsPipelineBuilder has already built a pipeline; create a new builder for a different pipeline.");
}
