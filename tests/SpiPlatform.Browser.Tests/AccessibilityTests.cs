using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Browser.Tests;

/// <summary>axe-core finds no WCAG 2.2 A/AA violations on the public pages, in English and Welsh.</summary>
[Collection(BrowserCollection.Collection)]
public sealed class AccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string> Pages => new()
    {
        "/",
        "/?culture=cy",
        "/accessibility",
        "/account/login",
        "/account/create",
        "/signatories",
        "/signatories?q=police&sector=Police",
        $"/signatories/{DemoOrganisationIds.Of("South Wales Police")}",
        "/library",
        "/library?q=domestic+abuse&culture=cy",
        "/library/ISP-2012-0001",
    };

    public static TheoryData<string> StaffPages => new()
    {
        "/signatories/join",
        "/signatories/verification",
        $"/signatories/{DemoOrganisationIds.EditorOrganisation}/edit",
        $"/signatories/{DemoOrganisationIds.EditorOrganisation}/status",
        $"/signatories/{DemoOrganisationIds.EditorOrganisation}/designated-person",
        $"/signatories/{DemoOrganisationIds.EditorOrganisation}/withdraw",
        "/library/drafts",
        "/library/new",
        "/qa",
        "/qa?culture=cy",
        "/notifications",
        "/ops/mail",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_page_has_no_wcag_violations(string path)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync(path);
        await CheckAsync(page);
    }

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task The_staff_page_has_no_wcag_violations(string path)
    {
        var page = await fixture.SignedInPageAsync(StaffLogin.ProgrammeTeam);
        await page.GotoAsync(path);
        await CheckAsync(page);
    }

    [Fact]
    public async Task Every_step_of_the_draft_editor_has_no_wcag_violations()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var source = await GraphQLClient.PostAsync(programme, "{ agreement(reference: \"ISP-2012-0001\") { id } }");
        var derived = await GraphQLClient.PostAsync(programme, "mutation($id: ID!) { deriveAgreement(agreementId: $id, coordinatorId: \"" +
            DemoOrganisationIds.Of("South Wales Police") + "\") { reference } }", variables: new { id = source.Data.GetProperty("agreement").GetProperty("id").GetString() });
        var reference = derived.Data.GetProperty("deriveAgreement").GetProperty("reference").GetString();
        var page = await fixture.SignedInPageAsync(StaffLogin.ProgrammeTeam);

        foreach (var step in new[] { "edit/basics", "edit/partners", "edit/legal", "flows", "edit/review" })
        {
            await page.GotoAsync($"/library/{reference}/{step}");
            await CheckAsync(page);
        }
        await page.GotoAsync($"/library/{reference}");
        await CheckAsync(page);
    }

    internal static async Task CheckAsync(Microsoft.Playwright.IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });

        Assert.NotEmpty(result.Passes); // axe really checked the page
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
