using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NewsNlp.Fuzz;

namespace NewsNlp.Tests.Fuzz;

public class FuzzRegressionTests
{
    private static readonly NewsPipeline s_pipeline = FullPipeline.Create();

    public static TheoryData<string> Regressions()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fuzz", "Regressions"), "*.txt").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void KeptFuzzInput_HoldsEveryInvariant(string file)
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fuzz", "Regressions", file));
        foreach (var published in new DateOnly?[] { null, new DateOnly(2025, 3, 5) })
            DocumentInvariants.Check(text, s_pipeline.Process(text, published)).Should().BeNull();
    }

    public static Arbitrary<string> NewsLike() =>
        ArbMap.Default.GeneratorFor<int>().Select(seed => new NewsLikeGenerator(seed, [TestData.SeedText]).Next()).ToArbitrary();

    [Property(MaxTest = 2000, Arbitrary = [typeof(FuzzRegressionTests)])]
    public bool FullPipeline_AnyNewsLikeInput_HoldsEveryInvariant(string text) =>
        DocumentInvariants.Check(text, s_pipeline.Process(text, new DateOnly(2025, 3, 5))) is null;

    [Property(MaxTest = 300)]
    public bool FullPipeline_AnyString_HoldsEveryInvariant(string? text)
    {
        text ??= "";
        return DocumentInvariants.Check(text, s_pipeline.Process(text)) is null;
    }

    [Fact]
    public void FullPipeline_IsDeterministicAndThreadSafe()
    {
        var texts = Enumerable.Range(0, 200).Select(i => new NewsLikeGenerator(i, [TestData.SeedText]).Next()).Append(TestData.SeedText).ToArray();
        var expected = texts.Select(t => s_pipeline.Process(t, TestData.SeedPublished).ToJson()).ToArray();
        var actual = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = s_pipeline.Process(texts[i], TestData.SeedPublished).ToJson());
        actual.Should().Equal(expected);
    }
}
