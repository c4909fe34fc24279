using PublicApiGenerator;

namespace NewsNlp.Tests.PublicApi;

public class PublicApiApprovalTest
{
    /// <summary>
    /// The library's public API must equal the committed NewsNlp.approved.txt, so every API change shows in review.
    /// After an intended change, copy NewsNlp.received.txt (written beside it on failure) over the approved file.
    /// </summary>
    [Fact]
    public void PublicApi_MatchesTheApprovedFile()
    {
        string api = typeof(NewsPipeline).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        }).ReplaceLineEndings("\n");
        string folder = Path.Combine(TestData.RepoRoot, "tests", "NewsNlp.Tests", "PublicApi");
        string approvedPath = Path.Combine(folder, "NewsNlp.approved.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (api != approved)
        {
            File.WriteAllText(Path.Combine(folder, "NewsNlp.received.txt"), api);
        }
        api.Should().Be(approved, "the public API changed: review tests/NewsNlp.Tests/PublicApi/NewsNlp.received.txt and copy it over NewsNlp.approved.txt if the change is intended");
    }
}
