namespace NewsNlp;

/// <summary>Settings of the entities stage (<see cref="NewsPipelineBuilder.UseEntities"/>); change them with <c>with</c>.</summary>
public readonly record struct EntityOptions
{
    /// <summary>Creates the defaults.</summary>
    public EntityOptions() { }

    /// <summary>
    /// Whether a name tagged once in a document is also found where the tagger missed it (a later
    /// "Lukashenko" after "Alexander Lukashenko"; default true).
    /// </summary>
    public bool PropagateNames { get; init; } = true;

    /// <summary>Whether titles and descriptions next to mentions are collected into <see cref="Entity.Descriptors"/> (default true).</summary>
    public bool CollectDescriptors { get; init; } = true;

    /// <summary>
    /// Sentences longer than this many tokens are tagged in pieces of this size (default 512), which
    /// bounds the memory of one decoding step; time stays linear in the length of the text.
    /// </summary>
    public int MaxSentenceTokens { get; init; } = 512;
}
