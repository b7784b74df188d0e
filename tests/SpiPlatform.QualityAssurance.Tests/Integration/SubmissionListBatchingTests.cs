using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

/// <summary>A page of submissions reads its comments and sign-offs in one query each, however many rows it has.</summary>
[Collection(QualityAssuranceCollection.Collection)]
public sealed class SubmissionListBatchingTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    private const string Query = "{ qaSubmissions(first: 20) { edges { node { id comments { body } signOffs { state } signOffProgress { signed total } } } } }";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Comments_and_sign_offs_of_a_list_cost_one_query_each()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        GraphQLResponse response = null!;

        var comments = await SqlCommandCounter.CountAsync("qa.comments", async () => response = await GraphQLClient.PostAsync(programme, Query));
        var signOffs = await SqlCommandCounter.CountAsync("qa.sign_offs", () => GraphQLClient.PostAsync(programme, Query));

        // The six case studies of the demo data, MARAC among them with 9 of its 17 partners signed.
        var edges = QaScenario.Node(response, "qaSubmissions").GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(QaScenario.DemoSubmissions, edges.Count);
        Assert.Contains(edges, e => e.GetProperty("node").GetProperty("signOffProgress").GetProperty("signed").GetInt32() == 9
            && e.GetProperty("node").GetProperty("signOffProgress").GetProperty("total").GetInt32() == 17);
        Assert.Equal((1, 1), (comments, signOffs));
    }
}
