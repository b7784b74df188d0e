using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Notifications.Tests.Integration;

/// <summary>
/// The programme team's view of reviews and renewals across Wales: overdue reviews however old, what falls due within the
/// chosen days, the area and service-area filters, the CSV holding the same rows, and who may see it.
/// </summary>
[Collection(NotificationsCollection.Collection)]
public sealed class ProgrammeViewTests(NotificationsFixture fixture) : IAsyncLifetime
{
    private const string Page = "/notifications/programme";
    private DateOnly _today;
    private AgreementReviewDate _overdue = null!;
    private AgreementReviewDate _upcoming = null!;
    private AccordRenewalDate _renewal = null!;
    private string _area = "";

    // Every live agreement and signature is moved out of sight, then two reviews and one renewal are placed around today,
    // so the rows do not depend on the day the tests run.
    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        _today = scope.ServiceProvider.GetRequiredService<TimeProvider>().TodayInWales();
        var agreements = await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().ListReviewDatesAsync(DateOnly.MinValue, DateOnly.MaxValue, default);
        var renewals = await scope.ServiceProvider.GetRequiredService<ISignatoriesApi>().ListRenewalDatesAsync(DateOnly.MinValue, DateOnly.MaxValue, default);
        var first = agreements[0];
        _area = first.Regions[0];
        var other = agreements.First(a => !a.Regions.Contains(_area) && a.ServiceArea != first.ServiceArea);
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database;
        var far = _today.AddYears(5);
        await db.ExecuteSqlInterpolatedAsync($"""UPDATE protocols.agreements SET "ReviewDue" = {far}, "ReviewLapsedFor" = NULL""");
        await db.ExecuteSqlInterpolatedAsync($"""UPDATE protocols.agreements SET "ReviewDue" = {_today.AddDays(-400)} WHERE "Id" = {first.AgreementId}""");
        await db.ExecuteSqlInterpolatedAsync($"""UPDATE protocols.agreements SET "ReviewDue" = {_today.AddDays(20)} WHERE "Id" = {other.AgreementId}""");
        await db.ExecuteSqlInterpolatedAsync($"""UPDATE signatories.signatures SET "RenewalDueOn" = {far} WHERE "RenewalDueOn" IS NOT NULL""");
        await db.ExecuteSqlInterpolatedAsync($"""UPDATE signatories.signatures SET "RenewalDueOn" = {_today.AddDays(45)} WHERE "OrganisationId" = {renewals[0].OrganisationId} AND "RenewalDueOn" IS NOT NULL""");
        (_overdue, _upcoming, _renewal) = (first, other, renewals[0]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static List<string> References(IDocument page)
        => [.. page.QuerySelectorAll("[data-testid=reviews] tbody tr").Select(r => r.GetAttribute("data-reference")!)];

    [Fact]
    public async Task The_programme_team_sees_the_long_overdue_review_first_then_what_falls_due_and_a_renewal_and_nothing_beyond_the_days_chosen()
    {
        var client = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var page = Parse(await client.GetStringAsync(Page));

        Assert.Equal([_overdue.Reference, _upcoming.Reference], References(page));
        var overdueRow = page.QuerySelector($"tr[data-reference='{_overdue.Reference}']")!;
        Assert.Contains("Overdue by 400 days", overdueRow.TextContent);
        Assert.Contains("Due in 20 days", page.QuerySelector($"tr[data-reference='{_upcoming.Reference}']")!.TextContent);
        Assert.Equal([_renewal.OrganisationId.ToString()], page.QuerySelectorAll("[data-testid=renewals] tbody tr").Select(r => r.GetAttribute("data-organisation")));

        // Looking 30 days ahead drops the renewal due in 45; the overdue review stays.
        var soon = Parse(await client.GetStringAsync($"{Page}?within=30"));
        Assert.Equal([_overdue.Reference, _upcoming.Reference], References(soon));
        Assert.NotNull(soon.QuerySelector("[data-testid=no-renewals]"));

        var welsh = Parse(await client.GetStringAsync($"{Page}?culture=cy"));
        Assert.Equal("Adolygiadau ac adnewyddu ledled Cymru", welsh.QuerySelector("h1")!.TextContent);
        Assert.Contains("400 diwrnod yn hwyr", welsh.QuerySelector($"tr[data-reference='{_overdue.Reference}']")!.TextContent);
    }

    [Fact]
    public async Task The_area_and_service_area_filters_keep_only_matching_reviews_and_htmx_gets_only_the_results()
    {
        var client = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        Assert.Equal([_overdue.Reference], References(Parse(await client.GetStringAsync($"{Page}?area={_area}"))));
        Assert.Equal([_upcoming.Reference], References(Parse(await client.GetStringAsync($"{Page}?serviceArea={_upcoming.ServiceArea}"))));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Page}?area={_area}");
        request.Headers.Add("HX-Request", "true");
        using var partial = await client.SendAsync(request);
        var html = await partial.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<h1", html);
        Assert.Equal([_overdue.Reference], References(Parse(html)));
    }

    [Fact]
    public async Task The_csv_holds_the_rows_of_the_page_for_the_same_filter_and_neutralises_a_title_that_is_a_formula()
    {
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database.ExecuteSqlInterpolatedAsync(
                $"""UPDATE protocols.agreements SET "TitleEn" = '=HYPERLINK("http://evil.invalid")' WHERE "Id" = {_upcoming.AgreementId}""");
        }
        var client = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        using var response = await client.GetAsync($"{Page}.csv?within=30");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment;", response.Content.Headers.ContentDisposition!.ToString());
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Kind,Reference,Name,Coordinator,Due on,Days until due,State,Areas,Service area", lines[0]);
        Assert.Equal([_overdue.Reference, _upcoming.Reference], lines[1..].Select(l => l.Split(',')[1]));
        Assert.Contains($"{_today.AddDays(-400):yyyy-MM-dd},-400,Overdue by 400 days", lines[1]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.invalid\"\")\"", lines[2]);
    }

    [Fact]
    public async Task A_choice_not_on_the_list_is_refused_by_name_on_the_page_and_in_the_csv()
    {
        var client = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        using var page = await client.GetAsync($"{Page}?within=999&area=Atlantis");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var summary = Parse(await page.Content.ReadAsStringAsync()).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("Look ahead between 1 and 365 days.", summary);
        Assert.Contains("Choose an area from the list.", summary);

        using var csv = await client.GetAsync($"{Page}.csv?serviceArea=Knitting");
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Contains("serviceArea: Choose a service area from the list.", await csv.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(StaffLogin.OrganisationEditor)]
    [InlineData(StaffLogin.Evaluator)]
    [InlineData(StaffLogin.QaReviewer)]
    public async Task Staff_outside_the_programme_team_may_not_see_it_or_its_csv(string email)
    {
        var client = await fixture.StaffClientAsync(email);

        using var page = await client.GetAsync(Page);
        using var csv = await client.GetAsync($"{Page}.csv");

        AssertRefused(page);
        AssertRefused(csv);
    }

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{response.RequestMessage!.RequestUri}: {response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Contains("/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var client = await fixture.StaffClientAsync(null);

        using var page = await client.GetAsync(Page);
        using var csv = await client.GetAsync($"{Page}.csv");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, csv.StatusCode);
        Assert.Contains("/account/login", csv.Headers.Location!.OriginalString);
    }
}
