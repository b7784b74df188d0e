using System.Net;
using AngleSharp.Html.Parser;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>The home page shows every visitor the programme's live headline figures and its newest live agreements.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class HomePageTests(MetricsFixture fixture)
{
    [Fact]
    public async Task Anyone_sees_the_live_headline_figures_as_the_metrics_count_them_and_the_newest_live_agreements()
    {
        var anonymous = await fixture.StaffClientAsync(null);
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var today = fixture.Factory.Services.GetRequiredService<TimeProvider>().TodayInWales();
        var month = $"{today.Year:D4}-{today.Month:D2}";
        IReadOnlyList<LiveAgreement> live;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            live = await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().ListLiveAsync(DateOnly.MinValue, today, false, CancellationToken.None);
        }

        using var response = await anonymous.GetAsync("/");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var active = (await MetricsApi.AdoptionAsync(evaluator, $"from: \"{month}\", to: \"{month}\"")).Figures("adoption").Series("active")[(month, "TOTAL")];
        var statuses = (await MetricsApi.AgreementsAsync(evaluator, $"from: \"{month}\", to: \"{month}\", dimension: \"STATUS\"")).Figures("agreements").Series("agreements");
        var liveCount = statuses.GetValueOrDefault((month, "LIVE")) + statuses.GetValueOrDefault((month, "UNDER_REVIEW"));
        Assert.True(active > 0);
        Assert.Equal(active.ToString(), page.QuerySelector("[data-testid=headline-signatories] .tile-value")!.TextContent.Trim());
        Assert.Equal(liveCount.ToString(), page.QuerySelector("[data-testid=headline-live-agreements] .tile-value")!.TextContent.Trim());
        Assert.Equal(live.Count, liveCount);
        // The demo's live agreements, newest first (Hafan Lles, Gwent Frailty and Flying Start among them), each linked to its page.
        var newest = page.QuerySelectorAll("[data-testid=newest-live] li").ToList();
        var expected = live.OrderByDescending(a => a.LiveOn).ThenBy(a => a.Reference, StringComparer.Ordinal).Take(5).ToList();
        Assert.Equal(expected.Select(a => a.Reference), newest.Select(li => li.GetAttribute("data-reference")));
        Assert.Equal(expected.Select(a => $"/library/{a.Reference}"), newest.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Contains(newest, li => li.GetAttribute("data-reference") == "ISP-2011-0003"
            && li.TextContent.Contains("Hafan Lles Integrated Health and Social Care Service") && li.TextContent.Contains("live since 5 September 2011"));
        foreach (var li in newest)
        {
            using var agreement = await anonymous.GetAsync(li.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal(HttpStatusCode.OK, agreement.StatusCode);
        }
    }

    [Fact]
    public async Task The_welsh_home_page_says_it_in_welsh_with_welsh_titles()
    {
        var page = new HtmlParser().ParseDocument(await (await fixture.StaffClientAsync(null)).GetStringAsync("/?culture=cy"));

        Assert.Equal("Y rhaglen heddiw", page.QuerySelector("#programme-heading")!.TextContent);
        var hafanLles = page.QuerySelector("[data-testid=newest-live] li[data-reference='ISP-2011-0003']")!;
        Assert.Contains("Gwasanaeth Iechyd a Gofal Cymdeithasol Integredig Hafan Lles", hafanLles.TextContent);
        Assert.Contains("yn fyw ers 5 Medi 2011", hafanLles.TextContent);
    }
}
