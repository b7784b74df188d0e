using System.Net;
using SpiPlatform.TestKit;

namespace SpiPlatform.Signatories.Tests.Integration;

/// <summary>
/// Someone who signs up to register their organisation becomes its editor, whether they register it on the Join page
/// or through the API with their signed-in session.
/// </summary>
[Collection(SignatoriesCollection.Collection)]
public sealed class SelfRegistrationTests(SignatoriesFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_editor_who_registers_over_graphql_may_then_edit_what_they_registered()
    {
        var client = await SignUpAsync("carers.graphql@example.org.uk");

        var registered = await RegisterApi.RegisterAsync(client, RegisterApi.NewOrganisation());
        Assert.False(registered.HasErrors, registered.Body.ToString());
        var organisation = registered.Node("registerOrganisation");
        var update = await RegisterApi.UpdateAsync(client, new
        {
            id = organisation.GetProperty("id").GetString(),
            version = organisation.GetProperty("version").GetInt32(),
            nameEn = "Gwynedd Carers Network",
            sector = "VOLUNTARY_SECTOR",
            areas = new[] { "GWYNEDD" },
            website = "https://carers.example.org.uk",
        });

        Assert.False(update.HasErrors, update.Body.ToString());
        Assert.Equal(["GWYNEDD"], update.Node("updateOrganisation").GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task An_editor_who_registers_on_the_join_page_may_then_edit_what_they_registered()
    {
        var client = await SignUpAsync("carers.page@example.org.uk");
        var token = await StaffLogin.AntiforgeryTokenAsync(client, "/signatories/join");

        using var joined = await client.PostAsync("/signatories/join", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.NameEn"] = "Gwynedd Carers Network",
            ["Form.Sector"] = "VoluntarySector",
            ["Form.Areas"] = "Gwynedd",
        }));

        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        var id = joined.Headers.Location!.OriginalString.Split('/')[2];
        using var edit = await client.GetAsync($"/signatories/{id}/edit");
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
    }

    [Fact]
    public async Task Once_linked_an_editor_cannot_register_a_second_unrelated_organisation()
    {
        var client = await SignUpAsync("carers.twice@example.org.uk");
        var before = await RegisterApi.CountAsync(client);

        var first = await RegisterApi.RegisterAsync(client, RegisterApi.NewOrganisation());
        var second = await RegisterApi.RegisterAsync(client, RegisterApi.NewOrganisation("Conwy Carers Network"));

        Assert.False(first.HasErrors, first.Body.ToString());
        Assert.Equal(["FORBIDDEN"], second.ErrorCodes);
        Assert.Equal(before + 1, await RegisterApi.CountAsync(client));
    }

    private async Task<HttpClient> SignUpAsync(string email)
    {
        var client = await fixture.StaffClientAsync(null);
        var token = await StaffLogin.AntiforgeryTokenAsync(client, "/account/create");
        using var created = await client.PostAsync("/account/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["DisplayName"] = "Ceri Jones",
            ["Email"] = email,
            ["Password"] = StaffLogin.Password,
            ["ConfirmPassword"] = StaffLogin.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return client;
    }
}
