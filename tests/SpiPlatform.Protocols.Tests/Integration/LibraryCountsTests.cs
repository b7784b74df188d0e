using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.SearchLibrary;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.Jobs;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>The library's counts come from PostgreSQL: each facet value's count is checked against a count of its own.</summary>
[Collection(ProtocolsCollection.Collection)]
public sealed class LibraryCountsTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private const string FacetFields = "facets { kinds { value count } statuses { value count } serviceAreas { value count } partnerSectors { value count } regions { value count } dataCategories { value count } legalBases { value count } }";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(null)]
    [InlineData(StaffLogin.ProgrammeTeam)]
    [InlineData(StaffLogin.OrganisationEditor)]
    public async Task Every_facet_count_of_the_whole_library_equals_an_independent_count_of_that_value(string? login)
    {
        await AssertWholeLibraryAsync(login);
    }

    [Fact]
    public async Task The_stored_counts_follow_parallel_drafts_edits_and_deletions_and_folding_them_changes_no_sum()
    {
        var editors = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fixture.StaffClientAsync(StaffLogin.OrganisationEditor)));
        var created = await Task.WhenAll(editors.Select(e => AgreementApi.CreateAsync(e, AgreementApi.NewDraft())));
        Assert.All(created, c => Assert.False(c.HasErrors, c.Body.ToString()));
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            // Edits and a deletion as any writer makes them: a live agreement moves service area, region and status.
            var db = scope.ServiceProvider.GetRequiredService<ProtocolsDbContext>();
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE protocols.agreements SET "ServiceArea" = 'Housing', "Regions" = ARRAY['Powys'], "ConsentRequired" = NOT "ConsentRequired"
                WHERE "Reference" = 'ISP-2011-0001';
                UPDATE protocols.agreements SET "Status" = 'Withdrawn' WHERE "Reference" = 'ISP-2012-0002';
                DELETE FROM protocols.agreements WHERE "Id" = (SELECT "Id" FROM protocols.agreements WHERE "Status" = 'Draft' ORDER BY "CreatedAt" DESC LIMIT 1);
                """);
        }
        foreach (var login in new[] { null, StaffLogin.ProgrammeTeam, StaffLogin.OrganisationEditor })
        {
            await AssertWholeLibraryAsync(login);
        }

        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var before = (await SearchAsync(programme, "")).ToString();
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetRequiredService<CompactLibraryFacetCountsJob>();
            var folded = await Task.WhenAll(job.RunAsync(CancellationToken.None), fixture.Factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<CompactLibraryFacetCountsJob>().RunAsync(CancellationToken.None));
            Assert.True(folded.Sum() > 0);
            var db = scope.ServiceProvider.GetRequiredService<ProtocolsDbContext>();
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("""
                SELECT count(*)::int AS "Value" FROM (SELECT 1 FROM protocols.library_facet_counts GROUP BY visibility, part, value HAVING count(*) > 1) d
                """).SingleAsync());
        }
        Assert.Equal(before, (await SearchAsync(programme, "")).ToString());
    }

    private async Task AssertWholeLibraryAsync(string? login)
    {
        var client = await fixture.StaffClientAsync(login);
        var result = await SearchAsync(client, "");
        var facets = result.GetProperty("facets");
        var everything = login == StaffLogin.ProgrammeTeam;
        Func<Agreement, bool> visible = login switch
        {
            StaffLogin.ProgrammeTeam => _ => true,
            StaffLogin.OrganisationEditor => a => ProtocolsAccess.IsPublic(a.Status) || a.PartnerIds.Contains(DemoOrganisationIds.EditorOrganisation),
            _ => a => ProtocolsAccess.IsPublic(a.Status),
        };

        Assert.Equal(await CountAsync(visible, _ => true), result.GetProperty("totalCount").GetInt32());
        await AssertFacetAsync<AgreementKind>(facets, "kinds", visible, (a, v) => a.Kind == v);
        await AssertFacetAsync<AgreementServiceArea>(facets, "serviceAreas", visible, (a, v) => a.ServiceArea == v);
        await AssertFacetAsync<OrganisationSector>(facets, "partnerSectors", visible, (a, v) => a.PartnerSectors.Contains(v));
        await AssertFacetAsync<ServiceArea>(facets, "regions", visible, (a, v) => a.Regions.Contains(v));
        await AssertFacetAsync<DataCategory>(facets, "dataCategories", visible, (a, v) => a.DataCategories.Contains(v));
        await AssertLegalBasisFacetAsync(facets, visible);
        Assert.Equal(await CountAsync(visible, a => a.ConsentRequired), CountOf(facets, "legalBases", "CONSENT"));
        Assert.Equal(await CountAsync(visible, a => a.OtherLegalBasis != null), CountOf(facets, "legalBases", "OTHER"));
        if (everything)
        {
            await AssertFacetAsync<AgreementStatus>(facets, "statuses", visible, (a, v) => a.Status == v);
            Assert.Contains(facets.GetProperty("statuses").EnumerateArray(), f => f.GetProperty("value").GetString() == "DRAFT");
        }
    }

    [Fact]
    public async Task With_words_and_a_filter_every_facet_count_equals_an_independent_SQL_count()
    {
        var client = await fixture.StaffClientAsync(null);
        var result = await SearchAsync(client, "search: \"health\", filter: { kinds: [ISP] }");
        var facets = result.GetProperty("facets");

        Assert.True(result.GetProperty("totalCount").GetInt32() > 1);
        Assert.Equal(await HealthCountAsync("TRUE"), result.GetProperty("totalCount").GetInt32());
        foreach (var (field, column) in new[] { ("serviceAreas", "\"ServiceArea\" = {0}"), ("dataCategories", "{0} = ANY(\"DataCategories\")"), ("regions", "{0} = ANY(\"Regions\")") })
        {
            foreach (var facet in facets.GetProperty(field).EnumerateArray())
            {
                var stored = StoredName(field, facet.GetProperty("value").GetString()!);
                Assert.Equal(await HealthCountAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, column, $"'{stored}'")), facet.GetProperty("count").GetInt32());
            }
        }
    }

    [Fact]
    public async Task The_counts_of_the_whole_library_change_as_soon_as_an_agreement_is_added()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var before = await SearchAsync(programme, "");

        var created = await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft());
        var after = await SearchAsync(programme, "");

        Assert.False(created.HasErrors, created.Body.ToString());
        Assert.Equal(before.GetProperty("totalCount").GetInt32() + 1, after.GetProperty("totalCount").GetInt32());
        Assert.Equal(CountOf(before.GetProperty("facets"), "statuses", "DRAFT") + 1, CountOf(after.GetProperty("facets"), "statuses", "DRAFT"));
    }

    [Fact]
    public async Task Above_the_candidate_cap_the_count_is_about_N_in_English_and_Welsh_and_paging_stops_at_the_cap()
    {
        await CopyFlyingStartAsync(LibrarySearch.CandidateCap + 100);
        var client = fixture.Factory.CreateClient();

        var english = await PageAsync(client, "/library?q=flying+start");
        var welsh = await PageAsync(client, "/library?q=flying+start&culture=cy");
        var graph = await SearchAsync(client, "search: \"flying start\", first: 10, after: \"" + Cursor.ForOffset(LibrarySearch.CandidateCap - 11) + "\"", "totalCountIsEstimate pageInfo { hasNextPage }");

        Assert.StartsWith("About ", english.QuerySelector("#result-count")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("Tua ", welsh.QuerySelector("#result-count")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("(about ", english.QuerySelector("[data-testid=facet-count]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains($"Page 1 of {LibrarySearch.CandidateCap / 20}", english.QuerySelector("nav .pagination")!.TextContent, StringComparison.Ordinal);
        Assert.True(graph.GetProperty("totalCountIsEstimate").GetBoolean());
        Assert.True(graph.GetProperty("totalCount").GetInt32() > LibrarySearch.CandidateCap);
        Assert.Equal(10, graph.GetProperty("edges").GetArrayLength());
        Assert.False(graph.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    private async Task CopyFlyingStartAsync(int copies)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProtocolsDbContext>();
        var columns = await db.Database.SqlQueryRaw<string>("""
            SELECT string_agg(quote_ident(column_name), ', ') AS "Value" FROM information_schema.columns
            WHERE table_schema = 'protocols' AND table_name = 'agreements' AND is_generated = 'NEVER' AND column_name NOT IN ('Id', 'Reference')
            """).SingleAsync();
        // Column names from the catalogue; the copies differ only in id and reference.
        var insert = $"""
            INSERT INTO protocols.agreements ("Id", "Reference", {columns})
            SELECT gen_random_uuid(), 'COPY-' || i, {columns} FROM protocols.agreements, generate_series(1, {copies}) i
            WHERE "Reference" = 'ISP-2011-0001'
            """;
        await db.Database.ExecuteSqlRawAsync(insert);
    }

    private async Task AssertFacetAsync<T>(JsonElement facets, string field, Func<Agreement, bool> visible, Func<Agreement, T, bool> has, string[]? skip = null)
        where T : struct, Enum
    {
        var shown = facets.GetProperty(field).EnumerateArray().Where(f => skip?.Contains(f.GetProperty("value").GetString()) != true).ToList();
        foreach (var value in Enum.GetValues<T>())
        {
            var expected = await CountAsync(visible, a => has(a, value));
            var facet = shown.FirstOrDefault(f => f.GetProperty("value").GetString() == Names.Constant(value));
            Assert.True(expected == (facet.ValueKind == JsonValueKind.Undefined ? 0 : facet.GetProperty("count").GetInt32()), $"{field} {value}: expected {expected}");
        }
    }

    // Every code on the list, counted from the agreements citing it, against its CONSTANT_CASE facet value.
    private async Task AssertLegalBasisFacetAsync(JsonElement facets, Func<Agreement, bool> visible)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var codes = await scope.ServiceProvider.GetRequiredService<ProtocolsDbContext>().LegalBases.Select(b => b.Code).ToListAsync();
        var shown = facets.GetProperty("legalBases").EnumerateArray().ToList();
        Assert.Contains(shown, f => f.GetProperty("value").GetString() == "UK_GDPR_ARTICLE_6_E");
        foreach (var code in codes)
        {
            var expected = await CountAsync(visible, a => a.Gateways.Contains(code));
            var facet = shown.FirstOrDefault(f => f.GetProperty("value").GetString() == LegalBasisCodes.Constant(code));
            Assert.True(expected == (facet.ValueKind == JsonValueKind.Undefined ? 0 : facet.GetProperty("count").GetInt32()), $"legalBases {code}: expected {expected}");
        }
    }

    // Counted in the app from every agreement read through EF: nothing shared with the search's SQL.
    private async Task<int> CountAsync(Func<Agreement, bool> visible, Func<Agreement, bool> keep)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var all = await scope.ServiceProvider.GetRequiredService<ProtocolsDbContext>().Agreements.AsNoTracking().Include(a => a.Partners).ToListAsync();
        return all.Count(a => visible(a) && keep(a));
    }

    private async Task<int> HealthCountAsync(string condition)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var sql = $"""
            SELECT count(*)::int AS "Value" FROM protocols.agreements
            WHERE "Status" IN ('QualityAssured', 'AwaitingSignOff', 'Live', 'UnderReview') AND "Kind" = 'Isp'
              AND ("SearchVector" @@ to_tsquery('english', 'health') OR "WelshVector" @@ to_tsquery('simple', 'health')) AND {condition}
            """;
        return await scope.ServiceProvider.GetRequiredService<ProtocolsDbContext>().Database.SqlQueryRaw<int>(sql).SingleAsync();
    }

    private static string StoredName(string field, string constant) => field switch
    {
        "serviceAreas" => Enum.GetValues<AgreementServiceArea>().First(v => Names.Constant(v) == constant).ToString(),
        "dataCategories" => Enum.GetValues<DataCategory>().First(v => Names.Constant(v) == constant).ToString(),
        _ => Enum.GetValues<ServiceArea>().First(v => Names.Constant(v) == constant).ToString(),
    };

    private static int CountOf(JsonElement facets, string field, string value)
        => facets.GetProperty(field).EnumerateArray().Where(f => f.GetProperty("value").GetString() == value).Select(f => f.GetProperty("count").GetInt32()).FirstOrDefault();

    private static async Task<JsonElement> SearchAsync(HttpClient client, string arguments, string extra = "")
    {
        var args = arguments.Length == 0 ? "" : $"({arguments})";
        var response = await GraphQLClient.PostAsync(client, $"{{ agreements{args} {{ totalCount {FacetFields} edges {{ node {{ reference }} }} {extra} }} }}");
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("agreements");
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
