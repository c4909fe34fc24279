using Microsoft.Extensions.DependencyInjection;

namespace NewsNlp;

/// <summary>Registers NewsNlp with a dependency-injection container.</summary>
public static class NewsNlpServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="NewsPipeline"/> as a singleton (pipelines are immutable and thread-safe),
    /// built on first use with the stages <paramref name="configure"/> chooses.
    /// </summary>
    /// <param name="services">The container's service collection.</param>
    /// <param name="configure">Chooses the stages, e.g. <c>b =&gt; b.UseEntities().UseQuotes()</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddNewsNlp(this IServiceCollection services, Action<NewsPipelineBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Add(ServiceDescriptor.Singleton(_ =>
        {
            var builder = new NewsPipelineBuilder();
            configure(builder);
            return builder.Build();
        }));
        return services;
    }
}
