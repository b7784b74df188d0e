using Microsoft.Playwright;
using SpiPlatform.TestKit;

namespace SpiPlatform.Browser.Tests;

[Collection(BrowserCollection.Collection)]
public sealed class StaffShellTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_programme_team_signs_in_and_reaches_the_jobs_dashboard()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal(0, await page.GetByTestId("jobs-dashboard-link").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First.ClickAsync();
        await StaffLogin.SubmitFormAsync(page, StaffLogin.ProgrammeTeam);

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Assertions.Expect(page.GetByText("Signed in as Demo Programme Team")).ToBeVisibleAsync();
        await page.GetByTestId("jobs-dashboard-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/ops/jobs"));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Recurring Jobs");
    }

    [Fact]
    public async Task A_wrong_password_shows_the_problem_in_place_with_htmx()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");

        await StaffLogin.SubmitFormAsync(page, StaffLogin.QaReviewer, "not-my-password");

        await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("The email address or password is not right.");
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync(StaffLogin.QaReviewer);
        Assert.EndsWith("/account/login", page.Url);
    }

    [Fact]
    public async Task Signing_in_works_without_javascript()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/account/login");

        await StaffLogin.SubmitFormAsync(page, StaffLogin.ProgrammeTeam);

        await Assertions.Expect(page.GetByTestId("jobs-dashboard-link")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Signing_in_returns_to_the_staff_page_that_asked_for_it(bool javaScript)
    {
        var page = await fixture.NewPageAsync(javaScript);
        await page.GotoAsync("/signatories/verification");
        Assert.Equal("/account/login?ReturnUrl=%2Fsignatories%2Fverification", new Uri(page.Url).PathAndQuery);

        await StaffLogin.SubmitFormAsync(page, StaffLogin.ProgrammeTeam);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Signatures to verify");
        Assert.Equal("/signatories/verification", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task The_cymraeg_switch_turns_the_page_welsh_and_back()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Cymraeg" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Rhannu Gwybodaeth Bersonol yng Nghymru");
        await page.GotoAsync("/accessibility");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Datganiad hygyrchedd");

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Accessibility statement");
    }
}
