namespace NewsNlp;

/// <summary>A currency as written: its ISO 4217 code and the factor to the main unit (cents: 0.01).</summary>
internal readonly record struct CurrencyDef(string Code, decimal Factor);

/// <summary>Currency symbols, codes and names. "$" alone is USD; "A$", "C$", "HK$" and friends say otherwise.</summary>
internal static class Currencies
{
    private static readonly Lexicon<CurrencyDef> s_symbols = new(new Dictionary<string, CurrencyDef>
    {
        ["$"] = new("USD", 1), ["US$"] = new("USD", 1), ["U.S.$"] = new("USD", 1), ["A$"] = new("AUD", 1), ["AU$"] = new("AUD", 1),
        ["C$"] = new("CAD", 1), ["CA$"] = new("CAD", 1), ["CAD$"] = new("CAD", 1), ["HK$"] = new("HKD", 1), ["NZ$"] = new("NZD", 1), ["S$"] = new("SGD", 1),
        ["R$"] = new("BRL", 1), ["NT$"] = new("TWD", 1), ["MX$"] = new("MXN", 1), ["MXN$"] = new("MXN", 1),
        ["€"] = new("EUR", 1), ["£"] = new("GBP", 1), ["¥"] = new("JPY", 1), ["₹"] = new("INR", 1), ["₽"] = new("RUB", 1),
        ["₴"] = new("UAH", 1), ["₩"] = new("KRW", 1), ["₺"] = new("TRY", 1), ["₪"] = new("ILS", 1), ["元"] = new("CNY", 1),
        ["₡"] = new("CRC", 1), ["₦"] = new("NGN", 1), ["฿"] = new("THB", 1), ["₫"] = new("VND", 1), ["₱"] = new("PHP", 1), ["¢"] = new("USD", 0.01m),
    }, ignoreCase: false);

    private static readonly Lexicon<CurrencyDef> s_codes = new(
        ((string[])["USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "INR", "CHF", "CAD", "AUD", "HKD", "SEK", "NOK", "DKK", "PLN", "TRY",
            "ILS", "ZAR", "BRL", "MXN", "KRW", "SGD", "NZD", "BYN", "KZT", "SAR", "AED", "EGP", "NGN", "BTC", "TWD", "THB", "IDR", "PKR", "CZK", "HUF", "RON"])
        .Select(c => new KeyValuePair<string, CurrencyDef>(c, new(c, 1)))
        .Append(new("RMB", new("CNY", 1))).Append(new("XBT", new("BTC", 1))), ignoreCase: false);

    /// <summary>Currency words after a number, with the qualifiers that pick a dollar ("Australian dollars").</summary>
    private static readonly Lexicon<CurrencyDef> s_words = new(BuildWords());

    /// <summary>The longest currency phrase, in tokens.</summary>
    public const int MaxTokens = 3;

    private static IEnumerable<KeyValuePair<string, CurrencyDef>> BuildWords()
    {
        (string[] Words, string Code, decimal Factor)[] table =
        [
            (["dollar", "dollars", "us dollar", "us dollars", "u.s. dollar", "u.s. dollars", "american dollars", "usd"], "USD", 1),
            (["australian dollar", "australian dollars"], "AUD", 1), (["canadian dollar", "canadian dollars"], "CAD", 1),
            (["hong kong dollar", "hong kong dollars"], "HKD", 1), (["singapore dollar", "singapore dollars"], "SGD", 1),
            (["new zealand dollar", "new zealand dollars"], "NZD", 1), (["taiwan dollar", "taiwan dollars"], "TWD", 1),
            (["euro", "euros"], "EUR", 1), (["pounds sterling", "sterling", "british pound", "british pounds"], "GBP", 1),
            (["yen", "japanese yen"], "JPY", 1), (["yuan", "renminbi", "chinese yuan"], "CNY", 1),
            (["rouble", "roubles", "ruble", "rubles", "russian roubles", "russian rubles"], "RUB", 1),
            (["hryvnia", "hryvnias", "hryvnya", "hryvnyas", "ukrainian hryvnias"], "UAH", 1),
            (["rupee", "rupees", "indian rupees"], "INR", 1), (["franc", "francs", "swiss franc", "swiss francs"], "CHF", 1),
            (["peso", "pesos", "mexican pesos"], "MXN", 1), (["shekel", "shekels"], "ILS", 1), (["zloty", "zlotys", "zlotych"], "PLN", 1),
            (["lira", "liras", "turkish lira"], "TRY", 1), (["krona", "kronor", "swedish kronor"], "SEK", 1), (["krone", "kroner"], "NOK", 1),
            (["dirham", "dirhams"], "AED", 1), (["riyal", "riyals"], "SAR", 1), (["naira"], "NGN", 1), (["rand"], "ZAR", 1),
            (["bitcoin", "bitcoins"], "BTC", 1), (["belarusian rubles", "belarusian roubles"], "BYN", 1),
            (["cent", "cents"], "USD", 0.01m), (["pence", "penny", "pennies"], "GBP", 0.01m),
            (["pesetas", "peseta"], "ESP", 1), (["元"], "CNY", 1), (["markka", "finnish markka"], "FIM", 1),
        ];
        foreach (var (words, code, factor) in table)
            foreach (var w in words) yield return new(w, new(code, factor));
    }

    private static readonly Lexicon<CurrencyDef> s_dollarPrefixes = new(new Dictionary<string, CurrencyDef>
    {
        ["US"] = new("USD", 1), ["U.S."] = new("USD", 1), ["U.S"] = new("USD", 1), ["c"] = new("CAD", 1), ["C"] = new("CAD", 1), ["cad"] = new("CAD", 1),
        ["CAD"] = new("CAD", 1), ["AU"] = new("AUD", 1), ["hk"] = new("HKD", 1), ["HK"] = new("HKD", 1), ["NZ"] = new("NZD", 1),
        ["mxn"] = new("MXN", 1), ["MXN"] = new("MXN", 1), ["Mex"] = new("MXN", 1), ["mex"] = new("MXN", 1), ["NT"] = new("TWD", 1),
    }, ignoreCase: false); // "us $5" is a pronoun and a price; "a $5 bill" an article

    /// <summary>A country code written before a dollar sign ("C $", "hk $", "Mex$").</summary>
    public static bool TryDollarPrefix(ReadOnlySpan<char> s, out CurrencyDef currency) => s_dollarPrefixes.TryGet(s, out currency);

    /// <summary>A currency symbol token ("$", "€", "HK$").</summary>
    public static bool TrySymbol(ReadOnlySpan<char> s, out CurrencyDef currency) => s_symbols.TryGet(s, out currency);

    /// <summary>An upper-case ISO code ("USD").</summary>
    public static bool TryCode(ReadOnlySpan<char> s, out CurrencyDef currency) => s_codes.TryGet(s, out currency);

    private static readonly Lexicon<bool> s_wordStarts = new(BuildWords().Select(e => new KeyValuePair<string, bool>(Units.FirstToken(e.Key), true)));

    /// <summary>The first tokens of the currency name phrases.</summary>
    public static IEnumerable<string> WordStarts => s_wordStarts.Keys;

    /// <summary>Whether a currency name phrase can start with this token.</summary>
    public static bool MayStartWord(ReadOnlySpan<char> token) =>
        s_wordStarts.Contains(token) || token.Length > 1 && token[^1] == '.' && s_wordStarts.Contains(token[..^1]);

    /// <summary>A currency name phrase ("dollars", "Swiss francs"), any case.</summary>
    public static bool TryWord(ReadOnlySpan<char> s, out CurrencyDef currency) => s_words.TryGet(s, out currency);
}
