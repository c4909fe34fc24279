using Microsoft.Extensions.DependencyInjection;

namespace NewsNlp.Tests.Pipeline;

public class DependencyInjectionTests
{
    [Fact]
    public void AddNewsNlp_RegistersOneSharedPipeline_BuiltWithTheChosenStages()
    {
        var services = new ServiceCollection();
        services.AddNewsNlp(b => b.Use(new NoOpStage()));
        var descriptor = services.Should().ContainSingle().Subject;
        descriptor.ServiceType.Should().Be<NewsPipeline>();
        descriptor.Lifetime.Should().Be(ServiceLifetime.Singleton);
        var pipeline = (NewsPipeline)descriptor.ImplementationFactory!(null!);
        pipeline.Stages.Select(s => s.Name).Should().Equal("noop");
    }

    [Fact]
    public void AddNewsNlp_NullArguments_Throw()
    {
        FluentActions.Invoking(() => ((IServiceCollection)null!).AddNewsNlp(_ => { })).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ServiceCollection().AddNewsNlp(null!)).Should().Throw<ArgumentNullException>();
    }

    private sealed class NoOpStage : INewsStage
    {
        public string Name => "noop";
        public int Order => NewsStageOrder.Custom;
        public void Process(NewsStageContext context) { }
    }
}
