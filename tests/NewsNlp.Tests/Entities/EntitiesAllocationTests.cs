using NewsNlp.Entities;

namespace NewsNlp.Tests.Entities;

/// <summary>The stage's per-thread working memory: reuse must not leak one document into the next, and names compare as before.</summary>
public class EntitiesAllocationTests
{
    private static readonly string[] s_texts =
    [
        "Belarusian President Alexander Lukashenko met Vladimir Putin in Minsk. Lukashenko said the United Nations (UN) would help.",
        "NATO Secretary-General Mark Rutte spoke to Ms Buchtmann, the Kremlin spokesman, and Putin and Zelensky in Kyiv.",
        "Hurricane Milton hit Florida. The U.N. said Milton killed 20 people; Florida Governor Ron DeSantis said Milton was over.",
        "no capitals at all here, just words and more words.",
    ];

    [Fact]
    public void SameResults_InAnyOrder_AndOnManyThreads()
    {
        var expected = s_texts.Select(t => EntitiesTestPipeline.Process(t).Entities).ToArray();
        // Reversed on one thread: the reused buffers carry nothing from one document to the next.
        for (int i = s_texts.Length - 1; i >= 0; i--)
            EntitiesTestPipeline.Process(s_texts[i]).Entities.Should().Equal(expected[i]);
        // Many at once: each thread has its own buffers.
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 4 }, k =>
        {
            int i = k % s_texts.Length;
            EntitiesTestPipeline.Process(s_texts[i]).Entities.Should().Equal(expected[i]);
        });
    }

    [Fact]
    public void SeedArticle_AllocatesLittleBesidesItsResults()
    {
        var pipeline = new NewsPipelineBuilder().UseAll().Build();
        string text = TestData.SeedText;
        var doc = pipeline.Process(text, TestData.SeedPublished); // warm up: models, lexicons, buffers
        long before = GC.GetAllocatedBytesForCurrentThread();
        doc = pipeline.Process(text, TestData.SeedPublished);
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
        // Issue #6. This short article (507 tokens) allocated 181 B a token before the entities stage compared
        // spans and reused its buffers, 59 after; the news sample as a whole 106 and 35 (the target is 64).
        bytes.Should().BeLessThan(96L * doc.Tokens.Length);
    }

    [Theory]
    [InlineData("Lukashenko", "LUKASHENKO", true)]
    [InlineData("straße", "STRASSE", false)] // invariant upper-casing is one char for one char
    [InlineData("ǆ", "Ǆ", true)]
    [InlineData("Minsk", "Minsq", false)]
    [InlineData("𐐨", "𐐀", true)] // a letter outside the BMP (Deseret)
    public void NameKeys_EqualWhenUpperCasedEqual(string a, string b, bool equal)
    {
        var comparer = NameKeyComparer.Instance;
        bool expected = a.ToUpperInvariant() == b.ToUpperInvariant();
        expected.Should().Be(equal);
        comparer.Equals((EntityType.Person, a), (EntityType.Person, b)).Should().Be(expected);
        comparer.Equals((EntityType.Person, a), (EntityType.Org, a)).Should().BeFalse();
        if (expected) comparer.GetHashCode((EntityType.Person, a)).Should().Be(comparer.GetHashCode((EntityType.Person, b)));
    }
}
