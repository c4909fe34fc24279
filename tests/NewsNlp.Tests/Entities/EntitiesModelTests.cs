using System.Diagnostics;
using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

public class EntitiesModelTests
{
    [Fact]
    public void EmbeddedModel_LoadsAndIsSmall()
    {
        using var stream = typeof(NewsPipeline).Assembly.GetManifestResourceStream("NewsNlp.Entities.ner.bin");
        stream.Should().NotBeNull("the model is embedded with an explicit LogicalName");
        stream!.Length.Should().BeLessThan(20L * 1024 * 1024);
        var clock = Stopwatch.StartNew();
        var model = NerModel.Read(stream);
        clock.Stop();
        model.RowCount.Should().BeGreaterThan(10_000);
        // The budget is 150 ms on a quiet machine; allow for busy CI machines here.
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void EmbeddedGazetteer_HasTheLists()
    {
        var gazetteer = Gazetteer.Default;
        gazetteer.Count.Should().BeGreaterThan(20_000);
        gazetteer.TryLookup(["Middle", "East"], out var middleEast).Should().BeTrue();
        middleEast.Categories.Should().HaveFlag(GazetteerCategory.Region);
        gazetteer.TryLookup(["U.S."], out var us).Should().BeTrue();
        us.Canonical.Should().Be("United States");
        gazetteer.TryLookup(["belarusian"], out var belarusian).Should().BeTrue("lookups ignore case");
        belarusian.Categories.Should().HaveFlag(GazetteerCategory.Demonym);
    }

    [Fact]
    public void Labels_BilouConstraints()
    {
        NerLabels.Allowed(-1, NerLabels.B(CoarseType.Per)).Should().BeTrue();
        NerLabels.Allowed(-1, NerLabels.I(CoarseType.Per)).Should().BeFalse();
        NerLabels.Allowed(NerLabels.B(CoarseType.Per), NerLabels.L(CoarseType.Per)).Should().BeTrue();
        NerLabels.Allowed(NerLabels.B(CoarseType.Per), NerLabels.L(CoarseType.Org)).Should().BeFalse();
        NerLabels.Allowed(NerLabels.B(CoarseType.Per), NerLabels.O).Should().BeFalse();
        NerLabels.AllowedLast(NerLabels.I(CoarseType.Loc)).Should().BeFalse();
        NerLabels.AllowedLast(NerLabels.U(CoarseType.Loc)).Should().BeTrue();
    }

    [Fact]
    public void Model_WriteRead_RoundTrips()
    {
        const int bits = 10, labels = NerLabels.Count;
        var dense = new float[(1 << bits) * labels];
        dense[5 * labels + 3] = 1.5f;
        dense[900 * labels + 16] = -2f;
        var transitions = new float[(labels + 1) * labels];
        transitions[7] = 0.25f;
        using var stream = new MemoryStream();
        NerModel.Write(stream, bits, dense, transitions, pruneBelow: 0.01f);
        stream.Position = 0;
        var model = NerModel.Read(stream);
        model.RowCount.Should().Be(2);
        model.HashBits.Should().Be(bits);
    }

    [Fact]
    public void Model_Write_PrunesRowsWhoseLargestWeightIsAtMostTheThreshold()
    {
        // The shipped model is pruned at 1.0 (train-ner --prune 1.0): rows of rare features go.
        const int bits = 10, labels = NerLabels.Count;
        var dense = new float[(1 << bits) * labels];
        dense[5 * labels + 3] = 1.5f;     // kept
        dense[6 * labels + 2] = 0.9f;     // dropped
        dense[6 * labels + 9] = -1.0f;    // same row: at the threshold, still dropped
        dense[900 * labels + 16] = -2f;   // kept
        var transitions = new float[(labels + 1) * labels];
        using var stream = new MemoryStream();
        NerModel.Write(stream, bits, dense, transitions, pruneBelow: 1.0f);
        stream.Position = 0;
        NerModel.Read(stream).RowCount.Should().Be(2);
    }

    [Fact]
    public void Decode_VectorAndScalarPaths_Agree()
    {
        // The vectorised Viterbi must pick exactly the scalar path's labels (ties included).
        var model = NerModel.Default!;
        var random = new Random(7);
        const int per = NerFeatures.MaxPerToken;
        var seen = new HashSet<byte>();
        for (int round = 0; round < 300; round++)
        {
            int n = random.Next(1, 80);
            var features = new int[n * per];
            var counts = new int[n];
            for (int i = 0; i < n; i++)
            {
                counts[i] = random.Next(0, 40);
                for (int k = 0; k < counts[i]; k++) features[i * per + k] = random.Next(1 << model.HashBits);
            }
            var vector = new byte[n];
            var scalar = new byte[n];
            model.Decode(features, counts, vector);
            model.DecodeScalar(features, counts, scalar);
            vector.Should().Equal(scalar);
            seen.UnionWith(vector);
        }
        seen.Count.Should().BeGreaterThan(8, "the random sentences reach most labels");
    }

    [Fact]
    public void Gazetteer_TokenLookup_AgreesWithWordLookup()
    {
        // TryLookup on tokens walks the step table (stopping at a word no entry continues with); it must
        // answer as the lookup by words, entry and canonical name included, for every range of a text.
        var gazetteer = Gazetteer.Default;
        const string text = "U.S. President Joe Biden met South Korean officials in the Middle East and New York City, " +
            "then flew to Guinea - Bissau with the UN Secretary - General before the World War II memorial at Heathrow Airport.";
        var tokens = NewsTokenizer.Tokenize(text).AsSpan();
        int found = 0;
        for (int first = 0; first < tokens.Length; first++)
        {
            for (int end = first + 1; end <= Math.Min(tokens.Length, first + Gazetteer.MaxTokens + 1); end++)
            {
                var words = new string[end - first];
                for (int k = first; k < end; k++) words[k - first] = text[tokens[k].Start..tokens[k].End];
                bool byWords = gazetteer.TryLookup(words, out var expected);
                gazetteer.TryLookup(text, tokens[first..end], out var actual).Should().Be(byWords, string.Join(" ", words));
                actual.Should().Be(expected);
                if (byWords) found++;
            }
        }
        found.Should().BeGreaterThan(10);
    }

    [Theory]
    [InlineData("Lukashenko")]
    [InlineData("U.S.")]
    [InlineData("2019")]
    [InlineData("x1y2-Z3")]
    [InlineData("\u00d6lfeld")]
    [InlineData("na\u00efve")]
    [InlineData("\u00c6SIR")]
    [InlineData("Stra\u00dfe")]
    [InlineData("\u65e5\u672c")]
    [InlineData("it\u2019s")]
    [InlineData("\uff21\uff22\uff23")]
    [InlineData("\u0661\u0662\u0663")]
    [InlineData("\u0130stanbul")]
    [InlineData("aaBBcc--__..,,!!??aaBB")]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("AbC")]
    [InlineData("\u00c9t\u00c9")]
    [InlineData("Ab\u2019d")]
    public void Features_OnePassWordHashes_MatchTheSeparateOnes(string word)
    {
        NerFeatures.HashWord(word, out ulong lower, out ulong shape, out ulong exact, out ulong gazetteer, out bool upper, out bool lowerCase);
        lower.Should().Be(NerFeatures.HashLower(0, word));
        gazetteer.Should().Be(Gazetteer.Extend(Gazetteer.SequenceSeed, word));
        var affixes = new int[8];
        var expected = new int[8];
        int count = NerFeatures.AddAffixFeatures(affixes, 0, word, (1 << 20) - 1);
        count.Should().Be(NerFeatures.AddAffixFeaturesByDefinition(expected, 0, word, (1 << 20) - 1));
        affixes.Should().Equal(expected);
        shape.Should().Be(NerFeatures.HashShape(0, word));
        exact.Should().Be(NerFeatures.HashExact(0, word));
        // A word counts as upper if any char.IsUpper, as lower if any other char.IsLower (the sentence case mode).
        upper.Should().Be(word.Any(char.IsUpper));
        lowerCase.Should().Be(word.Any(c => !char.IsUpper(c) && char.IsLower(c)));
    }
}
