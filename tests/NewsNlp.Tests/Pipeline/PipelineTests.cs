using System.Collections.Immutable;

namespace NewsNlp.Tests.Pipeline;

public class PipelineTests
{
    private sealed class RecordingStage(string name, int order, List<string> log) : INewsStage
    {
        public string Name => name;
        public int Order => order;
        public void Process(NewsStageContext context)
        {
            lock (log) log.Add(name + ":" + context.Entities.Length);
            if (name == "entities")
                context.Entities = [new Entity(new TextSpan(0, 5), context.Text[..5], EntityType.Person, "Obama")];
        }
    }

    [Fact]
    public void Stages_RunInOrder_AndSeeEarlierResults()
    {
        var log = new List<string>();
        var pipeline = new NewsPipelineBuilder()
            .Use(new RecordingStage("quotes", NewsStageOrder.Quotes, log))
            .Use(new RecordingStage("entities", NewsStageOrder.Entities, log))
            .Build();
        var doc = pipeline.Process("Obama spoke.");
        log.Should().Equal("entities:0", "quotes:1");
        doc.Entities.Should().Equal(new Entity(new TextSpan(0, 5), "Obama", EntityType.Person, "Obama"));
        pipeline.Stages.Select(s => s.Name).Should().Equal("entities", "quotes");
    }

    [Fact]
    public void Use_SameNameTwice_ReplacesTheStage()
    {
        var log = new List<string>();
        var pipeline = new NewsPipelineBuilder()
            .Use(new RecordingStage("x", 1, log)).Use(new RecordingStage("x", 2, log)).Build();
        pipeline.Stages.Should().ContainSingle().Which.Order.Should().Be(2);
    }

    [Fact]
    public void Use_Null_Throws() => FluentActions.Invoking(() => new NewsPipelineBuilder().Use(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void ProcessMemoryAndSpan_GiveTheSameDocumentAsString()
    {
        var pipeline = new NewsPipelineBuilder().Build();
        string text = "Mr. Smith said \"yes.\" Then he left.";
        var fromString = pipeline.Process(text);
        var fromMemory = pipeline.Process(text.AsMemory());
        var fromSlice = pipeline.Process(("xx" + text).AsMemory(2));
        var fromSpan = pipeline.Process(text.AsSpan());
        foreach (var other in new[] { fromMemory, fromSlice, fromSpan })
        {
            other.Text.Should().Be(text);
            other.Tokens.Should().Equal(fromString.Tokens);
            other.Sentences.Should().Equal(fromString.Sentences);
        }
        fromMemory.Text.Should().BeSameAs(text, "a whole string is not copied");
    }

    [Fact]
    public void Cancellation_IsHonoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var pipeline = new NewsPipelineBuilder().Use(new RecordingStage("x", 1, [])).Build();
        FluentActions.Invoking(() => pipeline.Process("text", null, cts.Token)).Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void OnePipeline_SharedByManyThreads_GivesTheSameOutput()
    {
        var pipeline = new NewsPipelineBuilder().Build();
        string text = TestData.SeedText;
        string expected = pipeline.Process(text, TestData.SeedPublished).ToJson("x", new NewsJsonOptions { IncludeTokens = true, IncludeSentences = true });
        var outputs = new string[64];
        Parallel.For(0, outputs.Length, i =>
            outputs[i] = pipeline.Process(text, TestData.SeedPublished).ToJson("x", new NewsJsonOptions { IncludeTokens = true, IncludeSentences = true }));
        outputs.Should().AllBe(expected);
    }

    [Fact]
    public void PublicResultTypes_AreSealedRecordsOrReadonlyStructs()
    {
        var types = typeof(NewsPipeline).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "NewsNlp" && !t.IsEnum && !t.IsInterface && !t.IsAbstract && t.GetMethod("<Clone>$") is not null || (t.IsValueType && !t.IsEnum && t.IsPublic));
        foreach (var type in types)
        {
            if (type.IsValueType)
                type.GetCustomAttributes(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute), false).Should().NotBeEmpty($"{type.Name} must be a readonly struct");
            else
                type.IsSealed.Should().BeTrue($"{type.Name} must be sealed");
        }
    }

    [Fact]
    public void Json_WritesTheContractShape()
    {
        var doc = new NewsPipelineBuilder().Build().Process("Hello.", new DateOnly(2025, 3, 5));
        doc.ToJson("a").Should().Be("{\"id\":\"a\",\"published\":\"2025-03-05\",\"entities\":[],\"quotes\":[],\"temporals\":[],\"quantities\":[]}");
    }
}
