namespace NewsNlp;

/// <summary>
/// Whether a quantity and its restatement in other units agree "within the rounding of the figures
/// as written". A figure's rounding step is the place of its last non-zero digit (125 → 1,
/// 200 → 100, 1.5 → 0.1), or five times that place when that digit is a 5 (125 → 5: journalists
/// round conversions to the nearest 5); its tolerance is half the step, but never more than 5 % of
/// the figure (so "200" is not read as "anything from 150 to 250"). The pair agrees when either
/// figure, converted into the other's unit, lies within the other's tolerance.
/// </summary>
internal static class Consistency
{
    /// <summary>The largest relative tolerance allowed for a figure written with trailing zeros.</summary>
    public const decimal MaxRelativeTolerance = 0.05m;

    public static bool? Agree(UnitDef a, decimal valueA, UnitDef b, decimal valueB)
    {
        try
        {
            return AgreeUnchecked(a, valueA, b, valueB);
        }
        catch (OverflowException)
        {
            return null; // figures at the edge of a decimal: not checkable, nothing made up
        }
    }

    private static bool? AgreeUnchecked(UnitDef a, decimal valueA, UnitDef b, decimal valueB)
    {
        if (a.Dimension != b.Dimension) return null;
        var siA = Units.ToSi(a, valueA);
        var siB = Units.ToSi(b, valueB);
        if (siA is null || siB is null) return null;
        var aInB = Units.FromSi(b, siA.Value);
        var bInA = Units.FromSi(a, siB.Value);
        if (aInB is null || bInA is null) return null;
        if (Math.Abs(aInB.Value - valueB) <= Tolerance(valueB) || Math.Abs(bInA.Value - valueA) <= Tolerance(valueA)) return true;
        // A temperature may be a change, not a reading: "a warming of 2 degrees Celsius (3.6 degrees
        // Fahrenheit)". News writes both and seldom says which, so a pair that agrees as a change
        // (the scales' factors only, without their offsets) agrees.
        if (a.Dimension == Dimension.Temperature && a.Offset != b.Offset)
        {
            decimal changeInB = valueA * a.Factor / b.Factor, changeInA = valueB * b.Factor / a.Factor;
            return Math.Abs(changeInB - valueB) <= Tolerance(valueB) || Math.Abs(changeInA - valueA) <= Tolerance(valueA);
        }
        return false;
    }

    /// <summary>Half the rounding step of a figure as written, capped at 5 % of it.</summary>
    public static decimal Tolerance(decimal figure)
    {
        decimal x = Math.Abs(figure);
        if (x == 0) return 0.5m;
        // decimal keeps the scale it was written with ("1.50" has scale 2): start from its last place
        int scale = (int)((decimal.GetBits(x)[3] >> 16) & 0xFF);
        decimal step = 1;
        for (int k = 0; k < scale; k++) step /= 10;
        decimal digits = x / step; // an integer
        decimal writtenStep = step;
        int lastDigit = 0;
        for (int guard = 0; guard < 40 && digits != 0; guard++)
        {
            lastDigit = (int)(digits % 10);
            if (lastDigit != 0) break;
            digits = decimal.Truncate(digits / 10);
            step *= 10;
        }
        if (lastDigit == 5) step *= 5;
        decimal half = step / 2;
        bool trailingZeros = step > writtenStep * (lastDigit == 5 ? 5 : 1);
        return trailingZeros ? Math.Min(half, Math.Max(x * MaxRelativeTolerance, writtenStep / 2)) : half;
    }
}
