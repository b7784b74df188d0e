using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace SpiPlatform.TestKit;

/// <summary>What came back from <c>/graphql</c>, parsed.</summary>
public sealed record GraphQLResponse(HttpStatusCode Status, string? MediaType, JsonElement Body, HttpResponseMessage Raw)
{
    public JsonElement Data => Body.GetProperty("data");

    public bool HasErrors => Body.TryGetProperty("errors", out var e) && e.GetArrayLength() > 0;

    public IReadOnlyList<string> ErrorCodes => HasErrors
        ? [.. Body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()!)]
        : [];
}

/// <summary>Sends GraphQL requests over real HTTP the way clients do.</summary>
public static class GraphQLClient
{
    public static Task<GraphQLResponse> PostAsync(HttpClient client, string query, string? token = null, object? variables = null, string? accept = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return SendAsync(client, request, token, accept);
    }

    public static Task<GraphQLResponse> GetAsync(HttpClient client, string query, string? token = null, string? accept = null)
        => SendAsync(client, new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query)), token, accept);

    public static async Task<GraphQLResponse> SendAsync(HttpClient client, HttpRequestMessage request, string? token = null, string? accept = null)
    {
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, json, response);
    }
}
