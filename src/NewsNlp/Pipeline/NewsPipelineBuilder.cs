namespace NewsNlp;

/// <summary>
/// Chooses the stages of a <see cref="NewsPipeline"/>. Each capability opts in with a <c>Use*</c>
/// method (defined beside the capability, e.g. <c>Entities/NewsPipelineBuilder.Entities.cs</c>);
/// the order of the calls does not matter, stages run in <see cref="INewsStage.Order"/>.
/// </summary>
/// <example>
/// <code>
/// var nlp = new NewsPipelineBuilder().UseEntities().UseQuotes().Build(); // build once, share
/// NewsDocument doc = nlp.Process(text, published: new DateOnly(2025, 3, 5));
/// </code>
/// </example>
public sealed partial class NewsPipelineBuilder
{
    private readonly List<INewsStage> _stages = [];
    private NewsPipelineOptions _options = new();

    /// <summary>Adds a stage, replacing any stage with the same <see cref="INewsStage.Name"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stage"/> is null.</exception>
    public NewsPipelineBuilder Use(INewsStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        ArgumentException.ThrowIfNullOrWhiteSpace(stage.Name, nameof(stage));
        _stages.RemoveAll(s => s.Name == stage.Name);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Sets the pipeline's options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public NewsPipelineBuilder WithOptions(NewsPipelineOptions options)
    {
        if (options.MaxDocumentLength <= 0)
            NewsThrow.InvalidOption(nameof(options.MaxDocumentLength), options.MaxDocumentLength, "MaxDocumentLength must be positive.");
        _options = options;
        return this;
    }

    /// <summary>Whether a stage with this name has been added.</summary>
    public bool Has(string stageName) => _stages.Exists(s => s.Name == stageName);

    /// <summary>Builds an immutable, thread-safe pipeline; build once and reuse it for every document.</summary>
    public NewsPipeline Build()
    {
        // A stable sort: stages with equal Order keep the order they were added in.
        var ordered = _stages.Select((stage, index) => (stage, index))
            .OrderBy(p => p.stage.Order).ThenBy(p => p.index)
            .Select(p => p.stage).ToArray();
        return new NewsPipeline(ordered, _options);
    }
}
