using System.Net.Http.Json;
using System.Text.Json;

namespace SpiPlatform.TestKit;

/// <summary>Client-credentials tokens from the app's real <c>/connect/token</c>.</summary>
public static class OAuthTokens
{
    public const string Evaluator = "demo-evaluator";
    public const string EvaluatorSecret = "demo-evaluator-secret";
    public const string Partner = "demo-partner";
    public const string PartnerSecret = "demo-partner-secret";

    public static async Task<HttpResponseMessage> RequestAsync(HttpClient client, string clientId, string secret, string? scope = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
        };
        if (scope is not null)
        {
            form["scope"] = scope;
        }
        return await client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    public static async Task<string> GetAsync(HttpClient client, string clientId, string secret, string? scope = null)
    {
        using var response = await RequestAsync(client, clientId, secret, scope);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Token request for {clientId} failed: {body}");
        }
        return body.GetProperty("access_token").GetString()!;
    }
}
