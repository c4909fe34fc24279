namespace NewsNlp.Tests;

/// <summary>Paths to the committed seed article and its expected analysis.</summary>
internal static class TestData
{
    public const string SeedId = "000_c984178ca89a0f10";

    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string SeedText => File.ReadAllText(Path.Combine(SeedsFolder, SeedId + ".txt"));

    public static string SeedGoldJson => File.ReadAllText(Path.Combine(SeedsFolder, SeedId + ".gold.json"));

    public static readonly DateOnly SeedPublished = new(2025, 3, 5);

    /// <summary>The repository's root (the folder holding NewsNlp.sln), found from the test binaries.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln"))) return dir.FullName;
            }
            throw new InvalidOperationException("the tests must run from inside the NewsNlp repository");
        }
    }

    /// <summary>The folder beside the repository that the team shares, or null when this clone does not have it.</summary>
    public static string? SharedFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (File.Exists(Path.Combine(candidate, "CONTRACT.md"))) return candidate;
            }
            return null;
        }
    }
}
