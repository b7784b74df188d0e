using System.Net;
using AngleSharp.Html.Parser;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.DemoData;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Tests.Integration;

[Collection(TrainingCollection.Collection)]
public sealed class FacilitatorPagesTests(TrainingFixture fixture) : IAsyncLifetime
{
    private const string Finder = "/training/facilitators";
    private static readonly Guid EditorEntry = DemoFacilitators.IdOf(StaffLogin.OrganisationEditor);
    private static readonly Guid OtherEntry = DemoFacilitators.IdOf("sian.powell@powys.demo.spi.wales");
    private HttpClient _programme = null!;
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields)
        => new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));

    private static List<string> Names(string html)
        => [.. new HtmlParser().ParseDocument(html).QuerySelectorAll("[data-testid=facilitator] th").Select(th => th.TextContent.Trim()).Order()];

    private async Task<Facilitator?> ReadAsync(Guid id)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Facilitators.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id);
    }

    [Fact]
    public async Task Without_javascript_the_finder_filters_by_area_and_language_and_shows_no_contact_details_to_anonymous_readers()
    {
        var anonymous = fixture.Factory.CreateClient();

        var html = await anonymous.GetStringAsync($"{Finder}?area=Powys&language=Welsh");
        var welsh = await anonymous.GetStringAsync($"{Finder}?area=Powys&language=Welsh&culture=cy");

        Assert.Equal(["Nia Griffiths", "Rhodri Evans", "Sian Powell"], Names(html));
        Assert.DoesNotContain("@powys.demo.spi.wales", html);
        Assert.DoesNotContain("mailto:", html);
        Assert.Contains("Sign in to see contact details", html);
        Assert.Contains("Dod o hyd i hwylusydd", welsh);
        Assert.Contains("Cymraeg a Saesneg", welsh);
        Assert.Equal(["Elin Roberts", "Nia Griffiths"], Names(await anonymous.GetStringAsync($"{Finder}?area=Gwynedd&language=Welsh")));
    }

    [Fact]
    public async Task Signed_in_readers_see_contact_details_and_htmx_gets_only_the_results()
    {
        var html = await _editor.GetStringAsync($"{Finder}?area=Powys");
        Assert.Contains("mailto:sian.powell@powys.demo.spi.wales", html);
        Assert.DoesNotContain("Sign in to see contact details", html);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Finder}?area=Torfaen&available=Limited");
        request.Headers.Add("HX-Request", "true");
        using var response = await _editor.SendAsync(request);
        var partial = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", partial);
        Assert.StartsWith("<p data-testid=\"facilitator-count\"", partial.Trim());
        Assert.Equal(["Demo Organisation Editor", "Nia Griffiths"], Names(partial));
        // The editor may update their own entry from the results, not anyone else's.
        Assert.Single(new HtmlParser().ParseDocument(partial).QuerySelectorAll("[data-testid=edit-facilitator]"));
    }

    [Fact]
    public async Task The_programme_team_adds_a_facilitator_and_bad_input_is_shown_again_at_422()
    {
        var path = "/training/facilitators/new";
        using (var forbidden = await _editor.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }
        var token = await StaffLogin.AntiforgeryTokenAsync(_programme, path);
        (string, string)[] Fields(string email, params string[] areas) =>
        [
            ("Form.Name", "Gwen Harries"), ("Form.Email", email), ("Form.OrganisationId", DemoOrganisationIds.Of("Powys County Council").ToString()),
            ("Form.QualifiedOn", "2013-03-01"), ("Form.Languages", "Both"), ("Form.Availability", "Available"),
            .. areas.Select(a => ("Form.Areas", a)),
        ];

        using var noArea = await _programme.PostAsync(path, Form(token, Fields("gwen.harries@powys.example")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noArea.StatusCode);
        var body = await noArea.Content.ReadAsStringAsync();
        Assert.Contains("Choose at least one area the facilitator works in.", body);
        Assert.Contains("href=\"#areas\"", body);
        using var duplicate = await _programme.PostAsync(path, Form(token, Fields("sian.powell@powys.demo.spi.wales", "Powys")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("A facilitator with this email address is already in the register.", await duplicate.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Gwen Harries", await _programme.GetStringAsync(Finder));

        using var added = await _programme.PostAsync(path, Form(token, Fields("gwen.harries@powys.example", "Powys", "Ceredigion")));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var finder = await _programme.GetStringAsync($"{Finder}?area=Ceredigion&language=Welsh");
        Assert.Contains("Gwen Harries", finder);
        Assert.Contains("Gwen Harries is in the register.", finder);
        // The same refusal in Welsh (the culture sticks to this client from here on).
        using var welsh = await _programme.PostAsync($"{path}?culture=cy", Form(token, Fields("gwen.harries2@powys.example")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, welsh.StatusCode);
        Assert.Contains("Dewiswch o leiaf un ardal", await welsh.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_facilitator_updates_their_own_entry_but_not_anothers()
    {
        var own = $"/training/facilitators/{EditorEntry}/edit";
        var html = await _editor.GetStringAsync(own);
        Assert.Empty(new HtmlParser().ParseDocument(html).QuerySelectorAll("input[name='Form.Email']"));
        var token = await StaffLogin.AntiforgeryTokenAsync(_editor, own);

        using var saved = await _editor.PostAsync(own, Form(token, ("Form.Areas", "Torfaen"), ("Form.Areas", "Newport"),
            ("Form.Languages", "Both"), ("Form.Availability", "NotAvailable"), ("Form.AvailabilityNote", "Back in March")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var read = (await ReadAsync(EditorEntry))!;
        Assert.Equal([ServiceArea.Newport, ServiceArea.Torfaen], read.Areas);
        Assert.Equal((FacilitatorLanguage.Both, FacilitatorAvailability.NotAvailable, "Back in March"), (read.Languages, read.Availability, read.AvailabilityNote));
        Assert.Equal("01495 762200", read.Phone);

        var other = $"/training/facilitators/{OtherEntry}/edit";
        using (var get = await _editor.GetAsync(other))
        {
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        }
        using var post = await _editor.PostAsync(other, Form(token, ("Form.Areas", "Torfaen"), ("Form.Languages", "English"), ("Form.Availability", "NotAvailable")));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        using var remove = await _editor.PostAsync($"{own}?handler=remove", Form(token));
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        var untouched = (await ReadAsync(OtherEntry))!;
        Assert.Equal(FacilitatorAvailability.Available, untouched.Availability);
        Assert.Equal([ServiceArea.Powys], untouched.Areas);
        Assert.NotNull(await ReadAsync(EditorEntry));

        var programmeToken = await StaffLogin.AntiforgeryTokenAsync(_programme, other);
        using var removed = await _programme.PostAsync($"{other}?handler=remove", Form(programmeToken));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null(await ReadAsync(OtherEntry));
    }
}
