using Microsoft.Playwright;
using SpiPlatform.TestKit;
using static Microsoft.Playwright.Assertions;

namespace SpiPlatform.Browser.Tests;

/// <summary>An organisation joins the Accord on its own, and the programme team verifies it.</summary>
[Collection(BrowserCollection.Collection)]
public sealed class JoinTheAccordTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private sealed record Words(
        string CreateAccount, string FullName, string Email, string Password, string ConfirmPassword,
        string NameEn, string Sector, string SectorOption, string Area, string SaveAndContinue,
        string JobTitle, string Accept, string YourName, string YourRole, string Sign, string Pending, string Active);

    private static readonly Words English = new(
        "Create account", "Full name", "Email address", "Password", "Confirm password",
        "Name in English", "Sector", "Voluntary or third sector", "Ceredigion", "Save and continue",
        "Job title", "I confirm the organisation accepts this declaration", "Your full name", "Your role", "Sign the declaration",
        "Awaiting verification", "Active");

    private static readonly Words Welsh = new(
        "Creu cyfrif", "Enw llawn", "Cyfeiriad e-bost", "Cyfrinair", "Cadarnhau'r cyfrinair",
        "Enw yn Saesneg", "Sector", "Sector gwirfoddol neu'r trydydd sector", "Ceredigion", "Cadw a pharhau",
        "Teitl swydd", "Rwy'n cadarnhau bod y sefydliad yn derbyn y datganiad hwn", "Eich enw llawn", "Eich rôl", "Llofnodi'r datganiad",
        "Yn aros i gael ei ddilysu", "Gweithredol");

    [Fact]
    public Task An_organisation_joins_and_is_verified_in_english() => JoinAsync(English, "", "Ceredigion Youth Mentoring");

    [Fact]
    public Task An_organisation_joins_and_is_verified_in_welsh() => JoinAsync(Welsh, "&culture=cy", "Mentora Ieuenctid Aberaeron");

    private async Task JoinAsync(Words w, string culture, string organisation)
    {
        var page = await fixture.NewPageAsync();
        var email = $"join-{Guid.NewGuid():N}@example.org";

        await page.GotoAsync("/account/create?ReturnUrl=/signatories/join" + culture);
        await page.GetByLabel(w.FullName, new() { Exact = true }).FillAsync("Eleri Hughes");
        await page.GetByLabel(w.Email, new() { Exact = true }).FillAsync(email);
        await page.GetByLabel(w.Password, new() { Exact = true }).FillAsync("Cardiff-Bay-2026!");
        await page.GetByLabel(w.ConfirmPassword).FillAsync("Cardiff-Bay-2026!");
        await page.GetByRole(AriaRole.Button, new() { Name = w.CreateAccount }).ClickAsync();

        await page.GetByLabel(w.NameEn).FillAsync(organisation);
        await page.GetByLabel(w.Sector, new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = w.SectorOption });
        await page.GetByLabel(w.Area, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = w.SaveAndContinue }).ClickAsync();

        await page.GetByLabel(w.FullName).FillAsync("Gareth Price");
        await page.GetByLabel(w.JobTitle).FillAsync("Data Protection Officer");
        await page.GetByLabel(w.Email).FillAsync("dpo@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = w.SaveAndContinue }).ClickAsync();

        await page.GetByLabel(w.Accept).CheckAsync();
        await page.GetByLabel(w.YourName).FillAsync("Eleri Hughes");
        await page.GetByLabel(w.YourRole).FillAsync("Chief Officer");
        await page.GetByRole(AriaRole.Button, new() { Name = w.Sign }).ClickAsync();

        await Expect(page.GetByTestId("accord-status")).ToHaveTextAsync(w.Pending);
        var statusUrl = page.Url;

        var programme = await fixture.SignedInPageAsync(StaffLogin.ProgrammeTeam);
        await programme.GotoAsync("/signatories/verification");
        var row = programme.GetByTestId("queue-row").Filter(new() { HasText = organisation });
        await Expect(row).ToContainTextAsync("Gareth Price");
        await row.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
        await Expect(row).ToContainTextAsync("is now an active signatory");

        await page.GotoAsync(statusUrl);
        await Expect(page.GetByTestId("accord-status")).ToHaveTextAsync(w.Active);
    }

    [Fact]
    public async Task A_mistake_on_the_registration_form_is_shown_next_to_the_field_and_nothing_is_lost()
    {
        var page = await fixture.SignedInPageAsync(StaffLogin.ProgrammeTeam, javaScript: false);
        await page.GotoAsync("/signatories/join");

        await page.GetByLabel("Name in English").FillAsync("Ceredigion Carers Link");
        await page.GetByLabel("Charity number").FillAsync("12AB");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        await Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Choose the organisation's sector from the list.");
        await Expect(page.GetByTestId("error-summary")).ToContainTextAsync("A charity number is 6 or 7 digits");
        await Expect(page.GetByLabel("Name in English")).ToHaveValueAsync("Ceredigion Carers Link");
    }

    [Fact]
    public async Task An_editor_of_one_organisation_gets_403_on_anothers_edit_page()
    {
        var page = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor);
        var police = SpiPlatform.Signatories.Contracts.DemoOrganisationIds.Of("South Wales Police");

        var response = await page.GotoAsync($"/signatories/{police}/edit");

        Assert.Equal(403, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("You do not have access to this page");
    }
}
