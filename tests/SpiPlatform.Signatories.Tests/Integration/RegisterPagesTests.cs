using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.DemoData;
using SpiPlatform.TestKit;

namespace SpiPlatform.Signatories.Tests.Integration;

[Collection(SignatoriesCollection.Collection)]
public sealed class RegisterPagesTests(SignatoriesFixture fixture) : IAsyncLifetime
{
    private HttpClient _anonymous = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _anonymous = fixture.Factory.CreateClient();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_misspelt_search_lists_Aneurin_Bevan_Health_Board_first()
    {
        var page = await PageAsync(_anonymous, "/signatories?q=anuerin+bevan");

        Assert.Equal("Aneurin Bevan Health Board", ResultNames(page)[0]);
        Assert.Equal("anuerin bevan", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#q")!.Value);
    }

    [Fact]
    public async Task The_police_filter_shows_exactly_the_police_forces_and_counts_them()
    {
        var page = await PageAsync(_anonymous, "/signatories?sector=Police");

        var police = DemoOrganisations.All.Where(d => d.Sector == OrganisationSector.Police).Select(d => d.NameEn).Order().ToList();
        Assert.Equal(police, ResultNames(page).Order().ToList());
        Assert.Equal($"{police.Count} organisations", page.QuerySelector("#result-count")!.TextContent.Trim());
        Assert.True(page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#sector-Police")!.IsChecked);
    }

    [Fact]
    public async Task The_whole_register_is_counted_and_paged_by_twenty_with_links_that_keep_the_filters()
    {
        var all = await GraphQLNamesAsync("filter: { statuses: [ACTIVE] }, orderBy: NAME, first: 100");

        var first = await PageAsync(_anonymous, "/signatories?status=Active&order=Name");
        var next = first.QuerySelector("nav[aria-label=Pagination] a[rel=next]")!.GetAttribute("href")!;
        var second = await PageAsync(_anonymous, next);

        Assert.Equal($"{all.Count} organisations", first.QuerySelector("#result-count")!.TextContent.Trim());
        Assert.Equal(all.Take(20), ResultNames(first));
        Assert.Equal("/signatories?status=Active&order=Name&page=2", next);
        Assert.Equal(all.Skip(20).Take(20), ResultNames(second));
        Assert.Contains($"Page 2 of {(all.Count + 19) / 20}", second.QuerySelector("nav[aria-label=Pagination]")!.TextContent);
        Assert.NotNull(second.QuerySelector("nav[aria-label=Pagination] a[rel=prev]"));
    }

    [Fact]
    public async Task The_csv_has_the_same_organisations_as_the_graphql_query_for_the_same_filter()
    {
        var expected = await GraphQLNamesAsync("filter: { sectors: [HOUSING_ASSOCIATION] }, first: 100");
        var page = await PageAsync(_anonymous, "/signatories?sector=HousingAssociation");
        var csvLink = page.QuerySelector("[data-testid=csv-link]")!.GetAttribute("href")!;

        using var response = await _anonymous.GetAsync(csvLink);
        var rows = Csv(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("/signatories/register.csv?sector=HousingAssociation", csvLink);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Matches(@"^attachment; filename=waspi-register-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition!.ToString());
        Assert.Equal(["Name (English)", "Name (Welsh)", "Sector", "Areas", "Status", "Signed on", "Website"], rows[0]);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Skip(1).Select(r => r[0]));
        Assert.All(rows.Skip(1), r => Assert.Equal("Housing association", r[2]));
    }

    [Fact]
    public async Task The_csv_has_every_matching_row_not_one_page_with_welsh_letters_and_iso_dates()
    {
        var total = await RegisterApi.CountAsync(_anonymous);

        var bytes = await _anonymous.GetByteArrayAsync("/signatories/register.csv");
        var rows = Csv(bytes);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.True(total > 20, $"only {total} organisations");
        Assert.Equal(total, rows.Count - 1);
        var fire = rows.Single(r => r[0] == "South Wales Fire and Rescue Service");
        Assert.Equal("Gwasanaeth Tân ac Achub De Cymru", fire[1]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", fire[5]);
        Assert.Contains("; ", fire[3]);
    }

    [Fact]
    public async Task A_csv_cell_that_would_be_a_formula_is_neutralised()
    {
        var staff = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var registered = await RegisterApi.RegisterAsync(staff, RegisterApi.NewOrganisation("=HYPERLINK(1)"));
        Assert.False(registered.HasErrors, registered.Body.ToString());

        var text = Encoding.UTF8.GetString(await _anonymous.GetByteArrayAsync("/signatories/register.csv?q=HYPERLINK"));

        var line = Assert.Single(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), l => l.Contains("HYPERLINK(1)", StringComparison.Ordinal));
        Assert.StartsWith("'=HYPERLINK(1),", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Csv(Encoding.UTF8.GetBytes(text)).SelectMany(r => r), cell => cell.StartsWith('='));
    }

    [Fact]
    public async Task An_htmx_request_gets_only_the_results_and_the_new_count()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/signatories?q=anuerin+bevan");
        request.Headers.Add("HX-Request", "true");

        using var response = await _anonymous.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        var fragment = await new HtmlParser().ParseDocumentAsync(html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<form", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Aneurin Bevan Health Board", ResultNames(fragment)[0]);
        Assert.Equal("innerHTML:#result-count", fragment.QuerySelector("[hx-swap-oob]")!.GetAttribute("hx-swap-oob"));
        Assert.Contains("HX-Request", response.Headers.Vary);
    }

    [Fact]
    public async Task A_normal_request_gets_the_whole_page_with_a_live_count_and_labelled_filters()
    {
        var page = await PageAsync(_anonymous, "/signatories");

        Assert.Equal("polite", page.QuerySelector("#result-count")!.GetAttribute("aria-live"));
        Assert.Equal(["Sector", "Area served", "Accord status"], page.QuerySelectorAll("form fieldset > legend").Select(l => l.TextContent.Trim()));
        Assert.All(page.QuerySelectorAll("form input:not([type=hidden]), form select"), input => Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']")));
        Assert.NotNull(page.QuerySelector("table[data-testid=register-results] > caption.visually-hidden"));
        Assert.NotNull(page.QuerySelector(".scroll-list input[name=area]"));
    }

    [Fact]
    public async Task The_organisation_page_shows_its_signature_history_newest_first()
    {
        var staff = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var organisation = (await RegisterApi.RegisterAsync(staff, RegisterApi.NewOrganisation("Powys Carers Network"))).Node("registerOrganisation");
        var id = organisation.GetProperty("id").GetString()!;
        var signed = (await RegisterApi.SignAsync(staff, Signing(id, 1, "Ann Jones"))).Node("signAccord");
        var firstSignature = signed.GetProperty("signatures")[0].GetProperty("id").GetString()!;
        var rejected = await RegisterApi.RejectAsync(staff, firstSignature, "The signature was not the Chief Executive's.");
        Assert.False(rejected.HasErrors, rejected.Body.ToString());
        var again = await RegisterApi.SignAsync(staff, Signing(id, 3, "Bryn Davies"));
        Assert.False(again.HasErrors, again.Body.ToString());

        var page = await PageAsync(_anonymous, $"/signatories/{id}");

        Assert.Equal("Powys Carers Network", page.QuerySelector("h1")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("[data-testid=signature-history] tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("5.0", rows[0][0]);
        Assert.Contains("Bryn Davies", rows[0][1]);
        Assert.Contains("Chief Executive", rows[0][1]);
        Assert.Equal("Awaiting verification", rows[0][3]);
        Assert.Contains("Ann Jones", rows[1][1]);
        Assert.Equal("Not verified", rows[1][3]);
        Assert.Equal("The signature was not the Chief Executive's.", rows[1][4]);
        Assert.Contains("not a partner in any published agreement", page.QuerySelector("[data-testid=protocols-placeholder]")!.TextContent);
    }

    [Fact]
    public async Task A_demo_signatory_shows_both_names_its_identifiers_and_when_renewal_is_due()
    {
        var page = await PageAsync(_anonymous, $"/signatories/{SignatoriesDemoSeeder.IdOf("Aneurin Bevan Health Board")}");

        var details = page.QuerySelector("[data-testid=organisation-details]")!.TextContent;
        Assert.Contains("Bwrdd Iechyd Aneurin Bevan", details);
        Assert.Contains("7A6", details);
        var row = Assert.Single(page.QuerySelectorAll("[data-testid=signature-history] tbody tr"));
        Assert.Contains("Gareth Price", row.TextContent);
        Assert.Contains("Renewal due", row.TextContent);
        Assert.Empty(page.QuerySelectorAll("a[href$='/edit']"));
    }

    [Fact]
    public async Task An_unknown_organisation_is_404()
    {
        using var response = await _anonymous.GetAsync($"/signatories/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Contact_details_are_hidden_from_the_public_and_shown_to_the_programme_team()
    {
        var staff = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var input = new
        {
            nameEn = "Ceredigion Youth Forum",
            sector = "VOLUNTARY_SECTOR",
            areas = new[] { "CEREDIGION" },
            addressLine1 = "1 Heol y Wig",
            town = "Aberystwyth",
            postcode = "SY23 2AX",
        };
        var id = (await RegisterApi.RegisterAsync(staff, input)).Node("registerOrganisation").GetProperty("id").GetString()!;
        var named = await GraphQLClient.PostAsync(staff, "mutation($input: NameDesignatedPersonInput!) { nameDesignatedPerson(input: $input) { id } }",
            variables: new { input = new { organisationId = id, version = 1, name = "Elin Rowlands", role = "Data Protection Officer", email = "elin@example.org.uk", phone = "01970 600000" } });
        Assert.False(named.HasErrors, named.Body.ToString());

        var publicPage = await PageAsync(_anonymous, $"/signatories/{id}");
        var staffPage = await PageAsync(staff, $"/signatories/{id}");

        Assert.Null(publicPage.QuerySelector("[data-testid=contact-details]"));
        Assert.DoesNotContain("Heol y Wig", publicPage.Body!.TextContent);
        Assert.DoesNotContain("Elin Rowlands", publicPage.Body!.TextContent);
        var contacts = staffPage.QuerySelector("[data-testid=contact-details]")!.TextContent;
        Assert.Contains("1 Heol y Wig", contacts);
        Assert.Contains("SY23 2AX", contacts);
        Assert.Contains("Elin Rowlands", contacts);
        Assert.Contains("elin@example.org.uk", contacts);
        Assert.NotNull(staffPage.QuerySelector($"a[href='/signatories/{id}/edit']"));
        Assert.NotNull(staffPage.QuerySelector($"a[href='/signatories/{id}/status']"));
    }

    [Fact]
    public async Task In_welsh_the_register_has_welsh_headings_names_and_lang_cy()
    {
        var page = await PageAsync(_anonymous, "/signatories?culture=cy&sector=Police");

        Assert.Equal("cy", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["Enw", "Sector", "Ardaloedd", "Statws", "Dyddiad llofnodi"],
            page.QuerySelectorAll("table[data-testid=register-results] thead th").Select(th => th.TextContent.Trim()));
        Assert.Contains("Heddlu De Cymru", ResultNames(page));
        Assert.Equal("Cofrestr y Cytundeb", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("sefydliad", page.QuerySelector("#result-count")!.TextContent);
    }

    private static object Signing(string organisationId, int version, string name) => new
    {
        organisationId,
        version,
        signedByName = name,
        signedByRole = "Chief Executive",
        accepted = true,
    };

    private static async Task<IDocument> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private static List<string> ResultNames(IDocument page)
        => [.. page.QuerySelectorAll("table[data-testid=register-results] tbody tr td:first-child a").Select(a => a.TextContent.Trim())];

    private async Task<List<string>> GraphQLNamesAsync(string arguments)
    {
        var response = await GraphQLClient.PostAsync(_anonymous, $"{{ organisations({arguments}) {{ edges {{ node {{ nameEn }} }} }} }}");
        Assert.False(response.HasErrors, response.Body.ToString());
        return [.. response.Data.GetProperty("organisations").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("nameEn").GetString()!)];
    }

    /// <summary>An RFC 4180 reader, strict enough to catch a badly quoted field.</summary>
    private static List<List<string>> Csv(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.False(c is '"' or '\r' or '\n', $"unquoted {c} in row {rows.Count + 1}");
                field.Append(c);
            }
        }
        Assert.True(field.Length == 0 && row.Count == 0, "the last row does not end with CRLF");
        return rows;
    }
}
