using System.Buffers;
using System.Collections.Immutable;

namespace NewsNlp.Entities;

/// <summary>A mention while the stage works on it: a token range, a type and its sentence.</summary>
internal struct WorkMention
{
    public int First;      // first token index (document)
    public int End;        // token index past the last
    public EntityType Type;
    public int Sentence;
    public string Text;
    public string Name;
    public int EntityId;
    public ImmutableArray<string> Descriptors;
}

/// <summary>
/// The named-entity stage: tags each sentence with <see cref="NerModel"/>, refines the coarse types
/// with the gazetteer (<see cref="EntityTypes"/>), propagates names tagged elsewhere in the document,
/// then groups mentions into entities (<see cref="EntityGrouper"/>). Stateless and thread-safe.
/// </summary>
internal sealed class EntitiesStage : INewsStage
{
    private readonly EntityOptions _options;

    public EntitiesStage(EntityOptions options)
    {
        if (options.MaxSentenceTokens < 16)
            NewsThrow.InvalidOption(nameof(options.MaxSentenceTokens), options.MaxSentenceTokens, "MaxSentenceTokens must be at least 16.");
        _options = options;
    }

    public string Name => "entities";

    public int Order => NewsStageOrder.Entities;

    public void Process(NewsStageContext context)
    {
        var model = NerModel.Default;
        if (model is null || context.Tokens.IsDefaultOrEmpty)
        {
            context.Entities = [];
            return;
        }
        var gazetteer = Gazetteer.Default;
        var text = context.Text;
        var scratch = EntityScratch.Rent(text);
        try
        {
            context.Entities = Find(context, model, gazetteer, scratch);
        }
        finally
        {
            EntityScratch.Return(scratch);
        }
    }

    private ImmutableArray<Entity> Find(NewsStageContext context, NerModel model, Gazetteer gazetteer, EntityScratch scratch)
    {
        var text = context.Text;
        var tokens = context.Tokens.AsSpan();
        var mentions = scratch.Mentions;
        int max = _options.MaxSentenceTokens;

        int[] starts = ArrayPool<int>.Shared.Rent(max);
        int[] lengths = ArrayPool<int>.Shared.Rent(max);
        int[] counts = ArrayPool<int>.Shared.Rent(max);
        int[] features = ArrayPool<int>.Shared.Rent(max * NerFeatures.MaxPerToken);
        byte[] labels = ArrayPool<byte>.Shared.Rent(max);
        try
        {
            for (int s = 0; s < context.Sentences.Length; s++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var sentence = context.Sentences[s];
                for (int pieceStart = sentence.FirstTokenIndex; pieceStart < sentence.TokenEnd; pieceStart += max)
                {
                    int n = Math.Min(max, sentence.TokenEnd - pieceStart);
                    if (!HasLetter(text, tokens.Slice(pieceStart, n))) continue;
                    for (int i = 0; i < n; i++)
                    {
                        starts[i] = tokens[pieceStart + i].Start;
                        lengths[i] = tokens[pieceStart + i].Length;
                    }
                    NerFeatures.Extract(text, starts.AsSpan(0, n), lengths.AsSpan(0, n), gazetteer, model.HashBits,
                        features.AsSpan(0, n * NerFeatures.MaxPerToken), counts.AsSpan(0, n));
                    model.Decode(features.AsSpan(0, n * NerFeatures.MaxPerToken), counts.AsSpan(0, n), labels.AsSpan(0, n));
                    AddChunks(text, tokens, pieceStart, labels.AsSpan(0, n), s, gazetteer, mentions);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(starts);
            ArrayPool<int>.Shared.Return(lengths);
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<int>.Shared.Return(features);
            ArrayPool<byte>.Shared.Return(labels);
        }

        EntityRules.SplitCoordinations(text, context.Tokens, gazetteer, mentions, scratch);
        EntityRules.FixTypes(text, tokens, gazetteer, mentions);
        EntityRules.FixStormsAndTitles(text, tokens, gazetteer, mentions);
        EntityRules.TrimTitlesBeforePeople(text, tokens, gazetteer, mentions);
        EntityRules.TrimLeadingTitles(text, tokens, gazetteer, mentions);
        EntityRules.AgreeCoordinations(text, tokens, gazetteer, mentions);
        EntityRules.AddDemonyms(text, context.Tokens, context.Sentences, gazetteer, mentions, scratch);
        if (_options.PropagateNames) EntityGrouper.Propagate(text, context.Tokens, context.Sentences, mentions, scratch);
        EntityGrouper.UnifyTypes(text, context.Tokens, mentions, scratch);
        EntityGrouper.Group(text, context.Tokens, gazetteer, mentions, scratch);
        if (_options.CollectDescriptors) EntityDescriptors.Collect(text, context.Tokens, context.Sentences, gazetteer, mentions, scratch);

        var result = ImmutableArray.CreateBuilder<Entity>(mentions.Count);
        foreach (var m in mentions)
        {
            var span = TextSpan.FromBounds(tokens[m.First].Start, tokens[m.End - 1].End);
            result.Add(new Entity(span, m.Text, m.Type, m.Name)
            {
                EntityId = m.EntityId,
                Descriptors = m.Descriptors.IsDefault ? [] : m.Descriptors,
            });
        }
        return result.MoveToImmutable();
    }

    /// <summary>Whether any word has a letter (sentences of numbers and symbols are skipped; caseless ones are not).</summary>
    private static bool HasLetter(string text, ReadOnlySpan<Token> tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Kind != TokenKind.Word) continue;
            foreach (char c in text.AsSpan(t.Start, t.Length))
            {
                if (char.IsLetter(c)) return true;
            }
        }
        return false;
    }

    private static void AddChunks(string text, ReadOnlySpan<Token> tokens, int offset, ReadOnlySpan<byte> labels, int sentence,
        Gazetteer gazetteer, List<WorkMention> mentions)
    {
        int start = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int part = NerLabels.PartOf(labels[i]);
            if (part == 1) start = i;
            else if (part == 4) AddChunk(text, tokens, offset + i, offset + i + 1, NerLabels.TypeOf(labels[i]), sentence, gazetteer, mentions);
            else if (part == 3 && start >= 0)
            {
                AddChunk(text, tokens, offset + start, offset + i + 1, NerLabels.TypeOf(labels[i]), sentence, gazetteer, mentions);
                start = -1;
            }
        }
    }

    private static void AddChunk(string text, ReadOnlySpan<Token> tokens, int first, int end, CoarseType coarse, int sentence,
        Gazetteer gazetteer, List<WorkMention> mentions)
    {
        // Trim punctuation, quote marks and clitics at the edges ("'s", a stray quote).
        while (first < end && !IsNameToken(tokens[first])) first++;
        while (end > first && (!IsNameToken(tokens[end - 1]) || (tokens[end - 1].Flags & TokenFlags.Clitic) != 0)) end--;
        if (first >= end) return;
        bool letter = false;
        for (int k = first; k < end && !letter; k++) letter = tokens[k].Kind == TokenKind.Word;
        if (!letter) return;
        var type = EntityTypes.Refine(text, tokens[first..end], coarse, gazetteer);
        if (type is null) return;
        mentions.Add(new WorkMention
        {
            First = first,
            End = end,
            Type = type.Value,
            Sentence = sentence,
            Text = text[tokens[first].Start..tokens[end - 1].End],
        });
    }

    private static bool IsNameToken(Token token) => token.Kind is TokenKind.Word or TokenKind.Number;
}
