using System.Net;
using System.Text;
using SpiPlatform.TestKit;

namespace SpiPlatform.Host.Tests.GraphQL;

[Collection(HostCollection.Collection)]
public sealed class GraphQLTransportTests(HostFixture fixture)
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task Post_with_json_answers_graphql_response_json_with_data()
    {
        var response = await GraphQLClient.PostAsync(_client, "{ __typename platform { version } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponse, response.MediaType);
        Assert.Equal("Query", response.Data.GetProperty("__typename").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", response.Data.GetProperty("platform").GetProperty("version").GetString());
    }

    [Fact]
    public async Task Get_runs_a_query()
    {
        var response = await GraphQLClient.GetAsync(_client, "{ platform { version } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(GraphQLResponse, response.MediaType);
        Assert.False(response.HasErrors);
    }

    [Fact]
    public async Task Accept_application_json_is_answered_in_application_json()
    {
        var response = await GraphQLClient.PostAsync(_client, "{ __typename }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.MediaType);
    }

    [Fact]
    public async Task An_accept_header_allowing_neither_media_type_is_406()
    {
        var response = await GraphQLClient.PostAsync(_client, "{ __typename }", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
    }

    [Fact]
    public async Task A_mutation_over_get_is_405_and_allows_post()
    {
        var response = await GraphQLClient.GetAsync(_client, "mutation { __typename }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal("POST", response.Raw.Content.Headers.Allow.Single());
        Assert.Equal(["METHOD_NOT_ALLOWED"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_request_without_a_query_is_400_with_errors()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        var response = await GraphQLClient.SendAsync(_client, request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["QUERY_MISSING"], response.ErrorCodes);
    }

    [Fact]
    public async Task An_unparseable_document_is_400_with_a_syntax_error()
    {
        var response = await GraphQLClient.PostAsync(_client, "{ platform { version }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLResponse, response.MediaType);
        Assert.Equal(["SYNTAX_ERROR"], response.ErrorCodes);
        Assert.False(response.Body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task An_invalid_document_is_400_naming_the_unknown_field()
    {
        var response = await GraphQLClient.PostAsync(_client, "{ platform { nonsense } }");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("nonsense", response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(["FIELDS_ON_CORRECT_TYPE"], response.ErrorCodes);
    }

    [Fact]
    public async Task An_invalid_document_asked_for_as_application_json_is_200_with_errors()
    {
        var response = await GraphQLClient.PostAsync(_client, "{ platform { nonsense } }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(response.HasErrors);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "query=%7B__typename%7D")]
    [InlineData("text/plain", "{\"query\":\"{ __typename }\"}")]
    public async Task A_post_that_is_not_json_is_415(string contentType, string body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        var response = await GraphQLClient.SendAsync(_client, request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(["UNSUPPORTED_MEDIA_TYPE"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ query: ", Encoding.UTF8, "application/json") };
        var response = await GraphQLClient.SendAsync(_client, request);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_JSON"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused_before_it_runs()
    {
        var deep = "{ __schema { types { fields { type " + string.Concat(Enumerable.Repeat("{ ofType ", 16)) + "{ name }" + new string('}', 16) + " } } } }";
        var response = await GraphQLClient.PostAsync(_client, deep);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains("depth", response.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_operation_running_past_the_time_limit_is_stopped_with_TIMEOUT()
    {
        var started = DateTime.UtcNow;
        var response = await GraphQLClient.PostAsync(_client, "{ testSlow }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("TIMEOUT", response.ErrorCodes);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(50), "the operation was not stopped at the limit");
    }

    [Fact]
    public async Task Other_methods_are_405()
    {
        var response = await _client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task GraphiQL_is_served_with_local_scripts_only()
    {
        var html = await _client.GetStringAsync("/graphql/ui");

        Assert.Contains("/lib/graphiql/graphiql.min.js", html);
        Assert.DoesNotContain("https://", html);
        var script = await _client.GetAsync("/lib/graphiql/graphiql.min.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task The_introspection_query_graphiql_sends_is_within_the_limits()
    {
        var response = await GraphQLClient.PostAsync(_client, IntrospectionQuery.Text);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal("Query", response.Data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_data_query_over_the_complexity_limit_is_refused_even_with_introspection_beside_it()
    {
        var wide = "{ __typename " + string.Join(" ", Enumerable.Range(0, 25_000).Select(i => $"p{i}: platform {{ version }}")) + " }";

        var response = await GraphQLClient.PostAsync(_client, wide);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["COMPLEXITY"], response.ErrorCodes);
    }
}
