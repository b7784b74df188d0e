using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.DemoData;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

[Collection(MetricsCollection.Collection)]
public sealed class CaseStudyTests(MetricsFixture fixture) : IAsyncLifetime
{
    private static readonly (string Slug, string Reference)[] Expected =
    [
        ("flying-start-torfaen", "ISP-2011-0001"), ("gwent-frailty", "ISP-2011-0002"), ("hafan-lles", "ISP-2011-0003"),
        ("cardiff-marac", "ISP-2012-0001"), ("powys-pova", "ISP-2012-0002"), ("north-caerphilly-public-protection", "ISP-2012-0003"),
    ];

    private HttpClient _anonymous = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _anonymous = await fixture.StaffClientAsync(null);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<IDocument> PageAsync(string path)
    {
        using var response = await _anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private static string Text(IDocument page, string testId) => page.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task The_six_case_studies_of_the_evaluation_are_seeded_once_each_linked_to_its_agreement()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MetricsDbContext>();
        var protocols = scope.ServiceProvider.GetRequiredService<IProtocolsApi>();

        // Seeding again (every start-up does) adds nothing and changes nothing.
        await scope.ServiceProvider.GetServices<SharedKernel.Data.IDemoDataSeeder>().OfType<CaseStudyDemoSeeder>().Single().SeedAsync(CancellationToken.None);

        var studies = await db.CaseStudies.AsNoTracking().Include(c => c.Partners).Include(c => c.Quotes).OrderBy(c => c.Position).ToListAsync();
        Assert.Equal(Expected, studies.Select(s => (s.Slug, s.AgreementReference)).ToArray());
        foreach (var study in studies)
        {
            Assert.Equal((await protocols.FindByReferenceAsync(study.AgreementReference, CancellationToken.None))!.Id, study.AgreementId);
        }
        var hafanLles = studies.Single(s => s.Slug == "hafan-lles");
        Assert.Equal(14, hafanLles.Partners.Count);
        Assert.Contains(hafanLles.Partners, p => p.Name.En == "GP practices (8)");
        Assert.Equal(17, studies.Single(s => s.Slug == "cardiff-marac").Partners.Count);
        Assert.All(studies.SelectMany(s => s.Quotes), q => Assert.StartsWith("A ", q.AttributedTo.En));
    }

    [Fact]
    public async Task The_list_page_names_each_case_study_with_its_area_agreement_and_summary_for_anyone()
    {
        var page = await PageAsync("/case-studies");

        Assert.Single(page.QuerySelectorAll("h1"));
        var items = page.QuerySelectorAll("[data-testid=case-study]");
        Assert.Equal(Expected.Select(e => e.Slug), items.Select(i => i.GetAttribute("data-slug")));
        var hafanLles = items.Single(i => i.GetAttribute("data-slug") == "hafan-lles");
        Assert.Equal("/case-studies/hafan-lles", hafanLles.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("Hafan Lles Integrated Health and Social Care Service", hafanLles.QuerySelector("h2 a")!.TextContent);
        Assert.Contains("Prestatyn", hafanLles.TextContent);
        Assert.Equal("ISP-2011-0003 (Live)", hafanLles.QuerySelector("[data-testid=agreement]")!.TextContent.Trim());
        Assert.Contains("Thirty-one organisations", hafanLles.QuerySelector("[data-testid=summary]")!.TextContent);
    }

    [Theory]
    [InlineData("hafan-lles", "ISP-2011-0003", 31, 14, "Live", "5 September 2011")]
    [InlineData("cardiff-marac", "ISP-2012-0001", 17, 17, "Awaiting sign-off", "Not live")]
    public async Task A_case_study_shows_its_agreements_live_figures_as_the_read_model_counts_them(
        string slug, string reference, int organisations, int entries, string status, string liveSince)
    {
        int counted;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var row = await scope.ServiceProvider.GetRequiredService<MetricsDbContext>().Agreements.Include(a => a.Partners).SingleAsync(a => a.Reference == reference);
            counted = row.Partners.Sum(p => Math.Max(1, p.Members));
        }

        var page = await PageAsync($"/case-studies/{slug}");

        Assert.Equal(organisations, counted);
        var figures = page.QuerySelector("aside[data-testid=agreement-figures]")!;
        Assert.Equal(counted.ToString(), Text(page, "partner-organisations"));
        Assert.Equal(entries.ToString(), Text(page, "partner-entries"));
        Assert.Equal(status, Text(page, "status"));
        Assert.Equal(liveSince, Text(page, "live-since"));
        Assert.Equal($"/library/{reference}", figures.QuerySelector("[data-testid=library-link]")!.GetAttribute("href"));
        using var library = await _anonymous.GetAsync($"/library/{reference}");
        Assert.Equal(HttpStatusCode.OK, library.StatusCode);
    }

    [Fact]
    public async Task The_narrative_has_one_heading_landmarks_and_quotes_attributed_by_role()
    {
        var page = await PageAsync("/case-studies/gwent-frailty");

        Assert.Equal("Gwent Frailty", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("main"));
        Assert.NotNull(page.QuerySelector("main aside"));
        Assert.Equal(new[] { "Background", "Partners", "How information is now shared", "How the ISP was developed", "Benefits", "In their words", "Key messages", "The agreement today" },
            page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        var quotes = page.QuerySelectorAll("figure[data-testid=quote]");
        Assert.Equal(3, quotes.Length);
        Assert.StartsWith("Frailty would not have worked without the ISP.", quotes[0].QuerySelector("blockquote")!.TextContent.Trim());
        Assert.Equal("A practitioner delivering the programme", quotes[1].QuerySelector("figcaption")!.TextContent.Trim());
        // A draft is not in the public library: the page says so instead of linking to a page the reader cannot open.
        var pova = await PageAsync("/case-studies/powys-pova");
        Assert.Equal("Draft", Text(pova, "status"));
        Assert.Null(pova.QuerySelector("[data-testid=library-link]"));
        Assert.NotEmpty(Text(pova, "not-in-library"));
    }

    [Fact]
    public async Task The_welsh_page_has_welsh_headings_and_marks_the_english_narrative_as_english()
    {
        var page = await PageAsync("/case-studies/hafan-lles?culture=cy");

        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        var h1 = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("Gwasanaeth Iechyd a Gofal Cymdeithasol Integredig Hafan Lles", h1.TextContent);
        Assert.Null(h1.GetAttribute("lang"));
        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Cefndir", headings);
        Assert.Contains("Negeseuon allweddol", headings);
        Assert.Contains("Y cytundeb heddiw", headings);
        Assert.Equal("Ar waith", Text(page, "status"));
        var background = page.QuerySelector("#background-heading")!.ParentElement!.QuerySelectorAll("p");
        Assert.NotEmpty(background);
        Assert.All(background, p => Assert.Equal("en", p.GetAttribute("lang")));
        Assert.Contains(page.QuerySelectorAll("[data-testid=partners] li"), li => li.TextContent == "Meddygfeydd teulu (8)" && li.GetAttribute("lang") is null);
        Assert.Equal("Astudiaethau achos", (await PageAsync("/case-studies?culture=cy")).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_slug_is_the_not_found_page()
    {
        using var response = await _anonymous.GetAsync("/case-studies/no-such-study");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_api_lists_the_case_studies_anonymously_with_their_agreement_and_live_figures()
    {
        var response = await GraphQLClient.PostAsync(_anonymous,
            "{ caseStudies { slug path title { en cy } agreementReference agreement { reference status } figures { status partnerEntries partnerOrganisations liveSince inPublicLibrary } quotes { attributedTo { en } } } }");

        Assert.False(response.HasErrors, response.Body.ToString());
        var studies = response.Data.GetProperty("caseStudies").EnumerateArray().ToList();
        Assert.Equal(Expected.Select(e => e.Slug), studies.Select(s => s.GetProperty("slug").GetString()));
        var hafanLles = studies.Single(s => s.GetProperty("slug").GetString() == "hafan-lles");
        Assert.Equal("/case-studies/hafan-lles", hafanLles.GetProperty("path").GetString());
        Assert.Equal("ISP-2011-0003", hafanLles.GetProperty("agreement").GetProperty("reference").GetString());
        Assert.Equal(31, hafanLles.GetProperty("figures").GetProperty("partnerOrganisations").GetInt32());
        Assert.Equal(14, hafanLles.GetProperty("figures").GetProperty("partnerEntries").GetInt32());
        Assert.Equal("2011-09-05", hafanLles.GetProperty("figures").GetProperty("liveSince").GetString());
        var marac = studies.Single(s => s.GetProperty("slug").GetString() == "cardiff-marac");
        Assert.Equal(17, marac.GetProperty("figures").GetProperty("partnerOrganisations").GetInt32());
        Assert.Equal("AWAITING_SIGN_OFF", marac.GetProperty("figures").GetProperty("status").GetString());
        // A draft's figures are published with the case study, but the draft itself stays out of a public caller's reach.
        var pova = studies.Single(s => s.GetProperty("slug").GetString() == "powys-pova");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, pova.GetProperty("agreement").ValueKind);
        Assert.Equal("DRAFT", pova.GetProperty("figures").GetProperty("status").GetString());
        Assert.False(pova.GetProperty("figures").GetProperty("inPublicLibrary").GetBoolean());
    }

    [Fact]
    public async Task The_api_finds_one_case_study_by_slug_and_answers_an_unknown_slug_with_not_found_naming_the_argument()
    {
        var found = await GraphQLClient.PostAsync(_anonymous, "{ caseStudy(slug: \"Hafan-Lles\") { slug keyMessages { en } } }");
        Assert.False(found.HasErrors, found.Body.ToString());
        Assert.Equal(5, found.Data.GetProperty("caseStudy").GetProperty("keyMessages").GetArrayLength());

        var missing = await GraphQLClient.PostAsync(_anonymous, "{ caseStudy(slug: \"no-such-study\") { slug } }");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, missing.Data.GetProperty("caseStudy").ValueKind);
        Assert.Equal(new[] { "NOT_FOUND" }, missing.ErrorCodes);
        var error = missing.Body.GetProperty("errors")[0];
        Assert.Equal("slug", error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Contains("no-such-study", error.GetProperty("message").GetString());
    }
}
