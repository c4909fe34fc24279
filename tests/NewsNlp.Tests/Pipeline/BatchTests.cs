namespace NewsNlp.Tests.Pipeline;

public class BatchTests
{
    private static readonly NewsPipeline s_pipeline = new NewsPipelineBuilder().Build();

    [Fact]
    public async Task ProcessManyAsync_YieldsResultsInInputOrder()
    {
        var inputs = Enumerable.Range(0, 40).Select(i => new NewsInput(new string('x', (40 - i) * 50) + $" doc {i}.", null, $"d{i}"));
        var ids = new List<string?>();
        await foreach (var result in s_pipeline.ProcessManyAsync(inputs, maxDegreeOfParallelism: 4))
        {
            ids.Add(result.Id);
            result.Document.Tokens.Should().NotBeEmpty();
        }
        ids.Should().Equal(Enumerable.Range(0, 40).Select(i => $"d{i}"));
    }

    [Fact]
    public async Task ProcessManyAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        var inputs = Enumerable.Range(0, 1000).Select(i => new NewsInput("Some text."));
        int seen = 0;
        var act = async () =>
        {
            await foreach (var _ in s_pipeline.ProcessManyAsync(inputs, 2, cts.Token))
            {
                if (++seen == 3) await cts.CancelAsync();
            }
        };
        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().BeLessThan(1000);
    }

    [Fact]
    public async Task ProcessManyAsync_NegativeParallelism_Throws()
    {
        var act = async () => { await foreach (var _ in s_pipeline.ProcessManyAsync(Array.Empty<NewsInput>(), -1)) { } };
        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task ProcessAsync_GivesTheSameAsProcess()
    {
        var doc = await s_pipeline.ProcessAsync(TestData.SeedText, TestData.SeedPublished);
        doc.ToJson().Should().Be(s_pipeline.Process(TestData.SeedText, TestData.SeedPublished).ToJson());
    }
}
