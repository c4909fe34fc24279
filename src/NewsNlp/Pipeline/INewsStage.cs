namespace NewsNlp;

/// <summary>
/// One step of a <see cref="NewsPipeline"/> (entities, quotes, temporals, quantities, or your own).
/// A stage reads the text, tokens and sentences, and the results of the stages that ran before it,
/// from the <see cref="NewsStageContext"/>, and stores its own results there.
/// </summary>
/// <remarks>
/// A pipeline runs every document through the same stage instances, from many threads at once:
/// a stage must keep no per-document state in fields (put it in locals or in the context).
/// </remarks>
public interface INewsStage
{
    /// <summary>A short unique name ("entities"); adding a stage with a name already present replaces it.</summary>
    string Name { get; }

    /// <summary>Where the stage runs: lower first. See <see cref="NewsStageOrder"/> for the built-in stages.</summary>
    int Order { get; }

    /// <summary>Analyses one document, reading earlier results from <paramref name="context"/> and writing its own.</summary>
    void Process(NewsStageContext context);
}

/// <summary>The run order of the built-in stages, so a custom stage can place itself between them.</summary>
public static class NewsStageOrder
{
    /// <summary>Named entities and their grouping.</summary>
    public const int Entities = 100;

    /// <summary>Dates, times, durations, sets and ages (before quantities, so years, ages and durations are not read again as numbers).</summary>
    public const int Temporals = 200;

    /// <summary>Numbers, money and physical quantities (after temporals: numbers inside temporal expressions are skipped).</summary>
    public const int Quantities = 300;

    /// <summary>Quotes and speakers (after entities, to resolve speakers to names).</summary>
    public const int Quotes = 400;

    /// <summary>The default for custom stages: after all built-in ones.</summary>
    public const int Custom = 1000;
}
