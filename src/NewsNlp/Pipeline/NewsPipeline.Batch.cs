using System.Runtime.CompilerServices;

namespace NewsNlp;

public sealed partial class NewsPipeline
{
    /// <summary>Analyses one article on the thread pool.</summary>
    /// <inheritdoc cref="Process(string, DateOnly?, CancellationToken)"/>
    public Task<NewsDocument> ProcessAsync(string text, DateOnly? published = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Task.Run(() => Process(text, published, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Analyses a stream of articles with bounded parallelism, yielding results in input order.
    /// At most <paramref name="maxDegreeOfParallelism"/> articles are in flight, so memory stays bounded
    /// however long the stream.
    /// </summary>
    /// <param name="inputs">The articles; a null item or null text throws <see cref="ArgumentNullException"/>.</param>
    /// <param name="maxDegreeOfParallelism">Articles analysed at once; 0 means <see cref="Environment.ProcessorCount"/>.</param>
    /// <param name="cancellationToken">Stops reading and analysing.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is negative.</exception>
    public async IAsyncEnumerable<NewsResult> ProcessManyAsync(IAsyncEnumerable<NewsInput> inputs, int maxDegreeOfParallelism = 0,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegreeOfParallelism);
        int degree = maxDegreeOfParallelism == 0 ? Environment.ProcessorCount : maxDegreeOfParallelism;
        var inFlight = new Queue<Task<NewsResult>>(degree);
        try
        {
            await foreach (var input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                inFlight.Enqueue(Start(input, cancellationToken));
                if (inFlight.Count >= degree) yield return await inFlight.Dequeue().ConfigureAwait(false);
            }
            while (inFlight.Count > 0) yield return await inFlight.Dequeue().ConfigureAwait(false);
        }
        finally
        {
            // Abandoned early (break or exception): let the work in flight finish quietly.
            foreach (var task in inFlight) _ = task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
        }
    }

    /// <inheritdoc cref="ProcessManyAsync(IAsyncEnumerable{NewsInput}, int, CancellationToken)"/>
    public IAsyncEnumerable<NewsResult> ProcessManyAsync(IEnumerable<NewsInput> inputs, int maxDegreeOfParallelism = 0,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return ProcessManyAsync(ToAsync(inputs), maxDegreeOfParallelism, cancellationToken);
    }

    private Task<NewsResult> Start(NewsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Text, nameof(input) + ".Text");
        return Task.Run(() => new NewsResult(input.Id, Process(input.Text, input.Published, cancellationToken)), cancellationToken);
    }

    private static async IAsyncEnumerable<NewsInput> ToAsync(IEnumerable<NewsInput> inputs)
    {
        foreach (var input in inputs)
        {
            yield return input;
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }
}
