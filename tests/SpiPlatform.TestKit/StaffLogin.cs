using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SpiPlatform.TestKit;

/// <summary>Signs a demo member of staff in through the real login form (antiforgery token and all).</summary>
public static partial class StaffLogin
{
    public const string CookieName = "spi.staff";
    public const string Password = "Demo-Passw0rd!";
    public const string ProgrammeTeam = "programme@demo.spi.wales";
    public const string QaReviewer = "qa@demo.spi.wales";
    public const string OrganisationEditor = "editor@demo.spi.wales";
    public const string Evaluator = "evaluator@demo.spi.wales";
    /// <summary>An editor of Aneurin Bevan Health Board, with its sign-off right in the demo data.</summary>
    public const string HealthBoardSignatory = "caldicott@demo.spi.wales";
    /// <summary>An editor of Gwent Police, with its sign-off right in the demo data.</summary>
    public const string PoliceSignatory = "inspector@demo.spi.wales";

    /// <summary>The form's antiforgery token; the client keeps the matching cookie.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path = "/account/login")
    {
        var html = await client.GetStringAsync(path);
        return TokenInput().Match(html) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, string? token)
    {
        var form = new Dictionary<string, string> { ["Email"] = email, ["Password"] = password };
        if (token is not null)
        {
            form["__RequestVerificationToken"] = token;
        }
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(form));
    }

    public static async Task SignInAsync(HttpClient client, string email)
    {
        var token = await AntiforgeryTokenAsync(client);
        using var response = await PostLoginAsync(client, email, Password, token);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.OK))
        {
            throw new InvalidOperationException($"Signing in {email} failed with {(int)response.StatusCode}.");
        }
    }

    /// <summary>Fills in the English login form on <paramref name="page"/> and sends it, as a person would.</summary>
    public static async Task SubmitFormAsync(IPage page, string email, string password = Password)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
