using System.Globalization;
using System.Text.RegularExpressions;

namespace SpiPlatform.Notifications.Domain;

/// <summary>
/// Reads how many months apart consent is reviewed from the partners' own words ("Annually, at the panel meeting",
/// "every six months", "yn flynyddol"). Words that name no fixed period ("at each care-plan review") give null: such
/// reviews follow events, not the calendar, so no reminder is set for them.
/// </summary>
internal static partial class ConsentReviewInterval
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["six"] = 6, ["twelve"] = 12, ["eighteen"] = 18,
        ["un"] = 1, ["dau"] = 2, ["dwy"] = 2, ["tri"] = 3, ["tair"] = 3, ["pedwar"] = 4, ["pedair"] = 4, ["chwe"] = 6, ["deuddeg"] = 12,
    };

    public static int? MonthsIn(string? words)
    {
        if (string.IsNullOrWhiteSpace(words))
        {
            return null;
        }
        var text = words.ToLowerInvariant();
        if (EveryN().Match(text) is { Success: true } m && Count(m.Groups["n"].Value) is { } n and > 0)
        {
            return m.Groups["unit"].Value.StartsWith('y') || m.Groups["unit"].Value.StartsWith("bl", StringComparison.Ordinal) ? n * 12 : n;
        }
        return text switch
        {
            _ when Quarterly().IsMatch(text) => 3,
            _ when SixMonthly().IsMatch(text) => 6,
            _ when Yearly().IsMatch(text) => 12,
            _ => null,
        };
    }

    private static int? Count(string n)
        => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : Numbers.TryGetValue(n, out var named) ? named : null;

    [GeneratedRegex(@"\b(?:every|each|bob)\s+(?<n>\d{1,2}|[a-z]+)\s+(?<unit>months?|years?|mis|blynedd|blwyddyn)\b")]
    private static partial Regex EveryN();

    [GeneratedRegex(@"\bquarterly\b|\bchwarterol\b")]
    private static partial Regex Quarterly();

    [GeneratedRegex(@"\b(?:six|6)[- ]monthly\b|\bhalf[- ]yearly\b|\bbi-?annual(?:ly)?\b|\bbob chwe mis\b")]
    private static partial Regex SixMonthly();

    [GeneratedRegex(@"\bannual(?:ly)?\b|\byearly\b|\bevery year\b|\beach year\b|\bonce a year\b|\b[bf]lynyddol\b|\bbob blwyddyn\b")]
    private static partial Regex Yearly();
}
