using NewsNlp.Entities;

namespace NewsNlp;

public sealed partial class NewsPipelineBuilder
{
    /// <summary>
    /// Adds the named-entity stage: a statistical tagger shipped inside the package (loaded once, on
    /// first use), gazetteers for finer types (GPE, LOC, NORP, FAC, EVENT), and mentions grouped into
    /// entities with a canonical <see cref="Entity.Name"/>. Fills <see cref="NewsDocument.Entities"/>.
    /// </summary>
    /// <param name="options">Settings of the stage; the defaults when omitted.</param>
    public NewsPipelineBuilder UseEntities(EntityOptions? options = null) => Use(new EntitiesStage(options ?? new EntityOptions()));
}
