using System.Diagnostics;
using System.Text;

namespace NewsNlp.Tests.Entities;

public class EntitiesBadInputTests
{
    public static TheoryData<string, string> Inputs => new()
    {
        { "empty", "" },
        { "whitespace", "   \n\t  \n" },
        { "all caps headline", "PUTIN AND ZELENSKY TO MEET IN MINSK, SAYS BELARUSIAN PRESIDENT LUKASHENKO" },
        { "no capitals", "alexander lukashenko said on wednesday that russia and ukraine could hold talks in minsk." },
        { "numbers table", "2019 2020 2021\n1,234 5,678 9,012\n12.5% 13.1% -4.2%\n$1.2bn $3.4bn $5.6bn\n" },
        { "non-Latin", "Владимир Путин встретился с Александром Лукашенко в Минске. 习近平在北京会见了普京。 محمد بن سلمان" },
        { "punctuation only", "!!! ??? ... --- ((( ))) \"\"\" ''' ,,, ;;;" },
        { "mixed junk", "A. B. C. D. E. F. G. ... X-Y-Z U.S.-led N.Y.C.'s 's 's ' \" “ ” ‘ ’ 1st 2nd 3rd Mr. Mrs." },
        { "emoji and symbols", "🙂 Trump 🙂 & Putin ✨ #Minsk @Belta https://example.org/x?y=1 mail@example.org" },
        { "lone surrogate", "Lukashenko \uD800 met \uDC00 Putin" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void BadInput_NoException_OffsetsValid(string name, string text)
    {
        var doc = EntitiesTestPipeline.Process(text);
        EntitiesTestPipeline.ShouldBeWellFormed(doc);
        _ = name;
    }

    [Fact]
    public void TenThousandCapitalisedWords_LinearAndWellFormed()
    {
        static string Capitalised(int count)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < count; i++) sb.Append(i % 3 == 0 ? "Alexander " : i % 3 == 1 ? "Lukashenko " : "Minsk ");
            return sb.ToString();
        }
        EntitiesTestPipeline.Process(Capitalised(100)); // warm up
        var clock = Stopwatch.StartNew();
        var doc = EntitiesTestPipeline.Process(Capitalised(10_000));
        var small = clock.Elapsed;
        clock.Restart();
        EntitiesTestPipeline.Process(Capitalised(40_000));
        var large = clock.Elapsed;
        EntitiesTestPipeline.ShouldBeWellFormed(doc);
        small.Should().BeLessThan(TimeSpan.FromSeconds(5));
        // Four times the text must not take much more than four times as long (generous bound for noisy machines).
        large.TotalMilliseconds.Should().BeLessThan(Math.Max(small.TotalMilliseconds, 20) * 12);
    }

    [Fact]
    public void AllCaps_FindsNamesAnyway()
    {
        var doc = EntitiesTestPipeline.Process("RUSSIAN PRESIDENT VLADIMIR PUTIN MET CHINESE LEADER XI JINPING IN MOSCOW");
        doc.Entities.Should().Contain(e => e.Text == "MOSCOW" && e.Type == EntityType.Gpe);
    }

    [Fact]
    public void ConcurrentUse_SameResults()
    {
        var text = TestData.SeedText;
        var expected = EntitiesTestPipeline.Process(text).Entities;
        var results = new NewsDocument[8];
        Parallel.For(0, results.Length, i => results[i] = EntitiesTestPipeline.Process(text));
        foreach (var r in results) r.Entities.Should().Equal(expected);
    }

    [Fact]
    public void Options_MaxSentenceTokensTooSmall_Throws()
    {
        var act = () => new NewsPipelineBuilder().UseEntities(new EntityOptions { MaxSentenceTokens = 2 });
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Options_LongSentence_TaggedInPieces()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 200; i++) sb.Append("officials in Paris met delegates from Germany and ");
        sb.Append("Italy.");
        var nlp = new NewsPipelineBuilder().UseEntities(new EntityOptions { MaxSentenceTokens = 64 }).Build();
        var doc = nlp.Process(sb.ToString());
        EntitiesTestPipeline.ShouldBeWellFormed(doc);
        doc.Entities.Count(e => e.Text == "Paris").Should().BeGreaterThan(150);
    }
}
