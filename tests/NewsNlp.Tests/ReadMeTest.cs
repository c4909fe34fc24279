using System.Text.RegularExpressions;

namespace NewsNlp.Tests;

/// <summary>The README's C# example is this file's code: it runs here, and the README must show it verbatim.</summary>
public class ReadMeTest
{
    [Fact]
    public void ReadMeExample_Runs()
    {
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            Example();
        }
        finally
        {
            Console.SetOut(console);
        }
        output.ToString().Should().Contain("\"id\":\"my-id\"");
    }

    [Fact]
    public void ReadMe_ShowsTheExampleVerbatim()
    {
        string source = File.ReadAllText(Path.Combine(TestData.RepoRoot, "tests", "NewsNlp.Tests", "ReadMeTest.cs"));
        var match = Regex.Match(source, @"// README-BEGIN\r?\n(?<code>.*?)\r?\n\s*// README-END", RegexOptions.Singleline);
        match.Success.Should().BeTrue();
        var lines = match.Groups["code"].Value.Split('\n').Select(l => l.TrimEnd('\r'));
        int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        string snippet = string.Join("\n", lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
        string readme = File.ReadAllText(Path.Combine(TestData.RepoRoot, "README.md")).ReplaceLineEndings("\n");
        readme.Should().Contain(snippet, "README.md's C# example must be the code of ReadMeTest.Example");
    }

    private static void Example()
    {
        // README-BEGIN
        var nlp = new NewsPipelineBuilder().UseAll().Build(); // build once; thread-safe, share it
        NewsDocument doc = nlp.Process("Lukashenko said on Wednesday: \"Come.\"", new DateOnly(2025, 3, 5));
        foreach (var sentence in doc.Sentences)
            Console.WriteLine(doc.GetText(sentence.Span));
        Console.WriteLine(doc.ToJson("my-id"));                // the JSON contract, reflection-free
        // README-END
    }
}
