using System.Globalization;

namespace SpiPlatform.Host.Localization;

/// <summary>The link that shows the current page in the other language.</summary>
internal static class CultureSwitch
{
    public static bool IsWelsh => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "cy";

    public static string OtherCulture => IsWelsh ? "en" : "cy";

    public static string OtherLanguageName => IsWelsh ? "English" : "Cymraeg";

    public static string UrlFor(HttpRequest request)
    {
        var query = request.Query.Where(q => q.Key != "culture").Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString())).ToList();
        query.Add(KeyValuePair.Create("culture", (string?)OtherCulture));
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}
