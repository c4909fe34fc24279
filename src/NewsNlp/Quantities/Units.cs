namespace NewsNlp;

/// <summary>The physical dimension of a unit.</summary>
internal enum Dimension : byte { Length, Mass, Area, Volume, Speed, Temperature, Energy, Power, Information, Angle }

/// <summary>
/// A unit: its contract symbol and how to reach SI (<c>si = value * Factor + Offset</c>).
/// <see cref="SiUnit"/> is null where there is no SI unit to report (information, angles in degrees).
/// </summary>
internal sealed record UnitDef(string Symbol, Dimension Dimension, decimal Factor, decimal Offset, string? SiUnit);

/// <summary>
/// Our own unit table (exact factors from the SI brochure and the international yard and pound
/// agreement). Chosen over UnitsNet: a few dozen news units need no 4 MB dependency, and lookups
/// stay allocation-free (see docs/normalization.md).
/// </summary>
internal static class Units
{
    /// <summary>Phrases that must match case exactly ("m", "MB" vs "Mb", "K").</summary>
    private static readonly Lexicon<UnitDef> s_exact;

    /// <summary>Word phrases, any case ("Kilometres", "miles per hour").</summary>
    private static readonly Lexicon<UnitDef> s_words;

    /// <summary>The longest phrase in tokens, so a lookup tries at most this many.</summary>
    public const int MaxTokens = 4;

    static Units()
    {
        var exact = new List<KeyValuePair<string, UnitDef>>();
        var words = new List<KeyValuePair<string, UnitDef>>();
        void Add(UnitDef unit, string[] symbols, string[] phrases)
        {
            foreach (var s in symbols) exact.Add(new(s, unit));
            foreach (var p in phrases)
            {
                words.Add(new(p, unit));
                // "a 10,000-square-foot park", "the 1.4-square-mile city": the adjective is hyphenated
                if (p.StartsWith("square ", StringComparison.Ordinal) || p.StartsWith("cubic ", StringComparison.Ordinal)) words.Add(new(p.Replace(' ', '-'), unit));
            }
        }
        string[] Both(string british, string american, params string[] others) =>
            [british, british + "s", american, american + "s", .. others];

        const decimal mile = 1609.344m, foot = 0.3048m, inch = 0.0254m, yard = 0.9144m, pound = 0.45359237m;
        const decimal gallon = 0.003785411784m;

        // length
        Add(new("km", Dimension.Length, 1000m, 0, "m"), ["km", "kms", "Km", "KM"], Both("kilometre", "kilometer"));
        Add(new("m", Dimension.Length, 1m, 0, "m"), ["m"], Both("metre", "meter"));
        Add(new("cm", Dimension.Length, 0.01m, 0, "m"), ["cm"], Both("centimetre", "centimeter"));
        Add(new("mm", Dimension.Length, 0.001m, 0, "m"), ["mm"], Both("millimetre", "millimeter"));
        Add(new("µm", Dimension.Length, 0.000001m, 0, "m"), ["µm", "μm"], [.. Both("micrometre", "micrometer"), "micron", "microns"]);
        Add(new("nm", Dimension.Length, 0.000000001m, 0, "m"), ["nm"], Both("nanometre", "nanometer"));
        Add(new("mi", Dimension.Length, mile, 0, "m"), ["mi"], ["mile", "miles"]);
        Add(new("ft", Dimension.Length, foot, 0, "m"), ["ft"], ["foot", "feet"]);
        Add(new("in", Dimension.Length, inch, 0, "m"), [], ["inch", "inches"]);
        Add(new("yd", Dimension.Length, yard, 0, "m"), ["yd", "yds"], ["yard", "yards"]);
        Add(new("nmi", Dimension.Length, 1852m, 0, "m"), ["nmi"], ["nautical mile", "nautical miles"]);
        Add(new("ly", Dimension.Length, 9460730472580800m, 0, "m"), [], ["light year", "light years", "light-year", "light-years"]);
        // mass
        Add(new("kg", Dimension.Mass, 1m, 0, "kg"), ["kg", "kgs", "Kg"], [.. Both("kilogram", "kilogramme"), "kilo", "kilos"]);
        Add(new("g", Dimension.Mass, 0.001m, 0, "kg"), ["g", "gr."], Both("gram", "gramme"));
        Add(new("mg", Dimension.Mass, 0.000001m, 0, "kg"), ["mg"], Both("milligram", "milligramme"));
        Add(new("µg", Dimension.Mass, 0.000000001m, 0, "kg"), ["µg", "μg", "mcg"], Both("microgram", "microgramme"));
        Add(new("t", Dimension.Mass, 1000m, 0, "kg"), ["t"], ["tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"]);
        Add(new("ton", Dimension.Mass, 2000m * pound, 0, "kg"), [], ["ton", "tons", "short ton", "short tons"]);
        Add(new("long ton", Dimension.Mass, 2240m * pound, 0, "kg"), [], ["long ton", "long tons"]);
        Add(new("lb", Dimension.Mass, pound, 0, "kg"), ["lb", "lbs", "lb.", "lbs."], ["pound", "pounds"]);
        Add(new("oz", Dimension.Mass, pound / 16m, 0, "kg"), ["oz", "oz."], ["ounce", "ounces"]);
        Add(new("st", Dimension.Mass, 14m * pound, 0, "kg"), [], ["stone", "stones"]);
        // area
        Add(new("km2", Dimension.Area, 1_000_000m, 0, "m2"), ["km2", "km²"], [.. Both("square kilometre", "square kilometer"), "sq km", "sq. km", "sq km.", "square km"]);
        Add(new("m2", Dimension.Area, 1m, 0, "m2"), ["m2", "m²"], [.. Both("square metre", "square meter"), "sq m", "sq. m", "square m"]);
        Add(new("cm2", Dimension.Area, 0.0001m, 0, "m2"), ["cm2", "cm²"], Both("square centimetre", "square centimeter"));
        Add(new("ha", Dimension.Area, 10_000m, 0, "m2"), ["ha"], ["hectare", "hectares"]);
        Add(new("acre", Dimension.Area, 4046.8564224m, 0, "m2"), [], ["acre", "acres"]);
        Add(new("mi2", Dimension.Area, mile * mile, 0, "m2"), ["mi2", "mi²"], ["square mile", "square miles", "sq mi", "sq. mi", "sq miles", "sq. miles"]);
        Add(new("ft2", Dimension.Area, foot * foot, 0, "m2"), ["ft2", "ft²"], ["square foot", "square feet", "sq ft", "sq. ft", "sq feet"]);
        Add(new("yd2", Dimension.Area, yard * yard, 0, "m2"), [], ["square yard", "square yards"]);
        Add(new("in2", Dimension.Area, inch * inch, 0, "m2"), [], ["square inch", "square inches"]);
        // volume
        Add(new("m3", Dimension.Volume, 1m, 0, "m3"), ["m3", "m³"], [.. Both("cubic metre", "cubic meter"), "cu m"]);
        Add(new("cm3", Dimension.Volume, 0.000001m, 0, "m3"), ["cm3", "cm³", "cc"], Both("cubic centimetre", "cubic centimeter"));
        Add(new("ft3", Dimension.Volume, foot * foot * foot, 0, "m3"), ["ft3", "ft³"], ["cubic foot", "cubic feet", "cu ft"]);
        Add(new("in3", Dimension.Volume, inch * inch * inch, 0, "m3"), [], ["cubic inch", "cubic inches"]);
        Add(new("l", Dimension.Volume, 0.001m, 0, "m3"), ["l", "L", "ltr"], Both("litre", "liter"));
        Add(new("ml", Dimension.Volume, 0.000001m, 0, "m3"), ["ml", "mL"], Both("millilitre", "milliliter"));
        Add(new("gal", Dimension.Volume, gallon, 0, "m3"), ["gal"], ["gallon", "gallons"]);
        Add(new("bbl", Dimension.Volume, 42m * gallon, 0, "m3"), ["bbl"], ["barrel", "barrels"]);
        Add(new("cup", Dimension.Volume, gallon / 16m, 0, "m3"), [], ["cup", "cups"]);
        Add(new("pt", Dimension.Volume, gallon / 8m, 0, "m3"), [], ["pint", "pints"]);
        Add(new("qt", Dimension.Volume, gallon / 4m, 0, "m3"), [], ["quart", "quarts"]);
        Add(new("fl oz", Dimension.Volume, gallon / 128m, 0, "m3"), ["fl oz", "fl. oz"], ["fluid ounce", "fluid ounces"]);
        Add(new("tbsp", Dimension.Volume, gallon / 256m, 0, "m3"), ["tbsp", "tbs"], ["tablespoon", "tablespoons"]);
        Add(new("tsp", Dimension.Volume, gallon / 768m, 0, "m3"), ["tsp"], ["teaspoon", "teaspoons"]);
        // speed
        Add(new("km/h", Dimension.Speed, 1000m / 3600m, 0, "m/s"), ["km/h", "kph", "kmh", "kmph", "km/hr", "Km/h"],
            [.. Both("kilometre per hour", "kilometer per hour"), "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour", "km per hour", "km an hour"]);
        Add(new("mph", Dimension.Speed, mile / 3600m, 0, "m/s"), ["mph", "mi/h"], ["mile per hour", "miles per hour", "miles an hour", "mile an hour"]);
        Add(new("m/s", Dimension.Speed, 1m, 0, "m/s"), ["m/s"], ["metre per second", "metres per second", "meter per second", "meters per second"]);
        Add(new("kn", Dimension.Speed, 1852m / 3600m, 0, "m/s"), ["kn", "kt", "kts"], ["knot", "knots"]);
        Add(new("ft/s", Dimension.Speed, foot, 0, "m/s"), ["ft/s", "fps"], ["foot per second", "feet per second"]);
        Add(new("km/ms", Dimension.Speed, 1_000_000m, 0, "m/s"), ["km/ms"], ["kilometers per millisecond", "kilometres per millisecond"]);
        Add(new("m/ms", Dimension.Speed, 1000m, 0, "m/s"), ["m/ms"], ["meters per millisecond", "metres per millisecond"]);
        Add(new("cm/ms", Dimension.Speed, 10m, 0, "m/s"), ["cm/ms"], ["centimeters per millisecond", "centimetres per millisecond", "centimeters/millisecond", "centimetres/millisecond"]);
        // temperature (SI: kelvin)
        var celsius = new UnitDef("°C", Dimension.Temperature, 1m, 273.15m, "K");
        Add(celsius, ["°C", "ºC", "℃", "° C"],
            ["degrees celsius", "degree celsius", "degrees c", "degree c", "deg c", "celsius", "celcius", "centigrade", "centigrate", "degrees centigrade", "°c"]);
        var fahrenheit = new UnitDef("°F", Dimension.Temperature, 5m / 9m, 273.15m - 32m * 5m / 9m, "K");
        Add(fahrenheit, ["°F", "ºF", "℉", "° F"],
            ["degrees fahrenheit", "degree fahrenheit", "degrees f", "degree f", "deg f", "fahrenheit", "farenheit", "degrees farenheit", "°f"]);
        Add(new("K", Dimension.Temperature, 1m, 0, "K"), ["K"], ["kelvin", "kelvins"]);
        Add(new("°", Dimension.Angle, 1m, 0, null), ["°", "º"], ["degree", "degrees", "deg"]);
        Add(new("rad", Dimension.Angle, 1m, 0, "rad"), ["rad"], ["radian", "radians"]);
        // energy (SI: joule)
        Add(new("J", Dimension.Energy, 1m, 0, "J"), ["J"], ["joule", "joules"]);
        Add(new("kJ", Dimension.Energy, 1000m, 0, "J"), ["kJ"], ["kilojoule", "kilojoules"]);
        Add(new("MJ", Dimension.Energy, 1_000_000m, 0, "J"), ["MJ"], ["megajoule", "megajoules"]);
        Add(new("GJ", Dimension.Energy, 1_000_000_000m, 0, "J"), ["GJ"], ["gigajoule", "gigajoules"]);
        Add(new("Wh", Dimension.Energy, 3600m, 0, "J"), ["Wh"], ["watt-hour", "watt-hours", "watt hour", "watt hours"]);
        Add(new("kWh", Dimension.Energy, 3_600_000m, 0, "J"), ["kWh", "KWh", "kwh"], ["kilowatt-hour", "kilowatt-hours", "kilowatt hour", "kilowatt hours"]);
        Add(new("MWh", Dimension.Energy, 3_600_000_000m, 0, "J"), ["MWh"], ["megawatt-hour", "megawatt-hours", "megawatt hour", "megawatt hours"]);
        Add(new("GWh", Dimension.Energy, 3_600_000_000_000m, 0, "J"), ["GWh"], ["gigawatt-hour", "gigawatt-hours", "gigawatt hour", "gigawatt hours"]);
        Add(new("TWh", Dimension.Energy, 3_600_000_000_000_000m, 0, "J"), ["TWh"], ["terawatt-hour", "terawatt-hours", "terawatt hour", "terawatt hours"]);
        Add(new("kcal", Dimension.Energy, 4184m, 0, "J"), ["kcal"], ["calorie", "calories", "kilocalorie", "kilocalories"]);
        // power (SI: watt)
        Add(new("W", Dimension.Power, 1m, 0, "W"), ["W"], ["watt", "watts"]);
        Add(new("kW", Dimension.Power, 1000m, 0, "W"), ["kW", "KW"], ["kilowatt", "kilowatts"]);
        Add(new("MW", Dimension.Power, 1_000_000m, 0, "W"), ["MW"], ["megawatt", "megawatts"]);
        Add(new("GW", Dimension.Power, 1_000_000_000m, 0, "W"), ["GW"], ["gigawatt", "gigawatts"]);
        Add(new("TW", Dimension.Power, 1_000_000_000_000m, 0, "W"), ["TW"], ["terawatt", "terawatts"]);
        Add(new("hp", Dimension.Power, 745.69987158227022m, 0, "W"), ["hp", "bhp"], ["horsepower"]);
        // information (no SI unit reported)
        Add(new("bit", Dimension.Information, 1m, 0, null), [], ["bit", "bits"]);
        Add(new("B", Dimension.Information, 1m, 0, null), [], ["byte", "bytes"]);
        Add(new("kB", Dimension.Information, 1m, 0, null), ["kB", "KB"], ["kilobyte", "kilobytes"]);
        Add(new("MB", Dimension.Information, 1m, 0, null), ["MB"], ["megabyte", "megabytes"]);
        Add(new("GB", Dimension.Information, 1m, 0, null), ["GB"], ["gigabyte", "gigabytes"]);
        Add(new("TB", Dimension.Information, 1m, 0, null), ["TB"], ["terabyte", "terabytes"]);
        Add(new("Mb", Dimension.Information, 1m, 0, null), ["Mb", "mb"], ["megabit", "megabits"]);
        Add(new("Gb", Dimension.Information, 1m, 0, null), ["Gb"], ["gigabit", "gigabits"]);

        s_exact = new(exact, ignoreCase: false);
        s_words = new(words, ignoreCase: true);
        s_firstTokens = new(exact.Concat(words).Select(e => new KeyValuePair<string, bool>(FirstToken(e.Key), true)));
    }

    /// <summary>The first token of every phrase: a unit can only start at a token found here.</summary>
    private static readonly Lexicon<bool> s_firstTokens;

    /// <summary>The text of the first token a phrase is split into: a run of letters and digits, or one other character.</summary>
    internal static string FirstToken(string phrase)
    {
        int k = 0;
        while (k < phrase.Length && (char.IsLetterOrDigit(phrase[k]) || char.GetUnicodeCategory(phrase[k]) == System.Globalization.UnicodeCategory.OtherNumber)) k++;
        return k == 0 ? phrase[..1] : phrase[..k];
    }

    /// <summary>The first tokens of the unit phrases.</summary>
    public static IEnumerable<string> FirstTokens => s_firstTokens.Keys;

    /// <summary>Whether a unit phrase can start with this token (its text without a final period).</summary>
    public static bool MayStartWith(ReadOnlySpan<char> token) =>
        s_firstTokens.Contains(token) || token.Length > 1 && token[^1] == '.' && s_firstTokens.Contains(token[..^1]);

    /// <summary>Looks a phrase up: exact symbols first, then words in any case.</summary>
    public static bool TryGet(ReadOnlySpan<char> phrase, out UnitDef unit) => s_exact.TryGet(phrase, out unit) || s_words.TryGet(phrase, out unit);

    /// <summary>The value in SI units, or null when it does not fit or the unit has no SI form.</summary>
    public static decimal? ToSi(UnitDef unit, decimal value)
    {
        if (unit.SiUnit is null) return null;
        var product = NumberScanner.Multiply(value, unit.Factor);
        if (product is null) return null;
        return Math.Round(product.Value + unit.Offset, 10);
    }

    /// <summary>Converts an SI value to <paramref name="unit"/>.</summary>
    public static decimal? FromSi(UnitDef unit, decimal si)
    {
        if (unit.SiUnit is null || unit.Factor == 0) return null;
        double estimate = Math.Abs((double)(si - unit.Offset) / (double)unit.Factor);
        if (estimate > 7.9e27) return null;
        return (si - unit.Offset) / unit.Factor;
    }
}
