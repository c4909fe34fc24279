using NewsNlp;

// A user's app: reference the package, analyse one article, print the contract JSON.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: PackageSmoke <article.txt> [yyyy-MM-dd]");
    return 2;
}
string text = File.ReadAllText(args[0]);
DateOnly? published = args.Length > 1 ? DateOnly.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : null;
var nlp = new NewsPipelineBuilder().UseAll().Build();
var doc = nlp.Process(text, published);
Console.WriteLine(doc.ToJson(Path.GetFileNameWithoutExtension(args[0])));
Console.Error.WriteLine($"tokens={doc.Tokens.Length} sentences={doc.Sentences.Length} entities={doc.Entities.Length} quotes={doc.Quotes.Length} temporals={doc.Temporals.Length} quantities={doc.Quantities.Length}");
return 0;
