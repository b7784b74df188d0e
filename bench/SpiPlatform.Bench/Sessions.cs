using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SpiPlatform.Bench;

/// <summary>
/// One load client's ways of calling the app: anonymously (the shared client), as each demo member of staff signed in
/// once through the real login form (antiforgery token, then the cookie kept for the run), and as the demo evaluator
/// OAuth client with a bearer token from the real <c>/connect/token</c> (client credentials), fetched once.
/// </summary>
internal sealed partial class Sessions : IDisposable
{
    // The demo accounts the app seeds in Development (src/Host/SpiPlatform.Host/Auth/DemoAccounts.cs).
    public const string Password = "Demo-Passw0rd!";
    public const string QaReviewer = "qa@demo.spi.wales";
    public const string ProgrammeTeam = "programme@demo.spi.wales";
    public const string EvaluatorClientId = "demo-evaluator";
    public const string EvaluatorSecret = "demo-evaluator-secret";

    private readonly HttpClient _anonymous;
    private readonly Dictionary<Reader, HttpClient> _signedIn = [];
    private string? _token;

    private Sessions(HttpClient anonymous) => _anonymous = anonymous;

    public static async Task<Sessions> StartAsync(HttpClient anonymous, IEnumerable<Reader> readers, CancellationToken ct)
    {
        var sessions = new Sessions(anonymous);
        foreach (var reader in readers.Distinct())
        {
            switch (reader)
            {
                case Reader.QaReviewer:
                    sessions._signedIn[reader] = await SignInAsync(anonymous.BaseAddress!, QaReviewer, ct);
                    break;
                case Reader.ProgrammeTeam:
                    sessions._signedIn[reader] = await SignInAsync(anonymous.BaseAddress!, ProgrammeTeam, ct);
                    break;
                case Reader.EvaluatorClient:
                    sessions._token = await TokenAsync(anonymous, ct);
                    break;
            }
        }
        return sessions;
    }

    /// <summary>The client to send the operation's request with, the request given its bearer token when it needs one.</summary>
    public HttpClient For(Reader reader, HttpRequestMessage request)
    {
        if (reader == Reader.EvaluatorClient)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        }
        return _signedIn.GetValueOrDefault(reader) ?? _anonymous;
    }

    public void Dispose()
    {
        foreach (var client in _signedIn.Values)
        {
            client.Dispose();
        }
    }

    private static async Task<HttpClient> SignInAsync(Uri baseAddress, string email, CancellationToken ct)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseCookies = true, CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 1 })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };
        var html = await client.GetStringAsync("/account/login", ct);
        var token = TokenInput().Match(html) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("no antiforgery token on /account/login");
        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = Password, ["__RequestVerificationToken"] = token,
        }), ct);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther))
        {
            throw new InvalidOperationException($"signing in {email} answered {(int)response.StatusCode} (is the demo data seeded?)");
        }
        return client;
    }

    private static async Task<string> TokenAsync(HttpClient client, CancellationToken ct)
    {
        using var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = EvaluatorClientId, ["client_secret"] = EvaluatorSecret,
        }), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"the token request for {EvaluatorClientId} answered {(int)response.StatusCode}: {body}");
        }
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
