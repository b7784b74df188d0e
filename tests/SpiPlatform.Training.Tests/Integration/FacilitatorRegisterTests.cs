using System.Text.Json;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.DemoData;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.ManageFacilitators;
using static SpiPlatform.Training.Tests.Integration.FacilitatorScenario;

namespace SpiPlatform.Training.Tests.Integration;

[Collection(TrainingCollection.Collection)]
public sealed class FacilitatorRegisterTests(TrainingFixture fixture) : IAsyncLifetime
{
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

    private async Task<Facilitator?> ReadAsync(Guid id)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Facilitators.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id);
    }

    private async Task<List<Facilitator>> ByEmailAsync(string email)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Facilitators.AsNoTracking().Where(f => f.Email == email).ToListAsync();
    }

    [Fact]
    public async Task Facilitators_per_area_count_an_entry_in_each_area_it_covers_and_only_available_ones_as_available()
    {
        async Task<IReadOnlyList<AreaFacilitators>> FiguresAsync()
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ITrainingApi>().FacilitatorsByAreaAsync(CancellationToken.None);
        }
        static AreaFacilitators Of(IReadOnlyList<AreaFacilitators> figures, ServiceArea area)
            => figures.SingleOrDefault(f => f.Area == area) ?? new AreaFacilitators(area, 0, 0);
        var before = await FiguresAsync();

        TrainingScenario.Node(await RegisterAsync(_programme, Input("two.areas@powys.example", areas: ["POWYS", "CEREDIGION"])), "registerFacilitator");
        var limited = new Dictionary<string, object?>(Input("limited@powys.example").GetType().GetProperties()
            .Select(p => KeyValuePair.Create(p.Name, p.GetValue(Input("limited@powys.example"))))) { ["availability"] = "LIMITED" };
        TrainingScenario.Node(await RegisterAsync(_programme, limited), "registerFacilitator");

        var after = await FiguresAsync();
        Assert.Equal(Of(before, ServiceArea.Powys) with { Facilitators = Of(before, ServiceArea.Powys).Facilitators + 2, Available = Of(before, ServiceArea.Powys).Available + 1 }, Of(after, ServiceArea.Powys));
        Assert.Equal(Of(before, ServiceArea.Ceredigion) with { Facilitators = Of(before, ServiceArea.Ceredigion).Facilitators + 1, Available = Of(before, ServiceArea.Ceredigion).Available + 1 }, Of(after, ServiceArea.Ceredigion));
        Assert.Equal(Of(before, ServiceArea.Cardiff), Of(after, ServiceArea.Cardiff));
        Assert.Equal(after.OrderByDescending(a => a.Facilitators).Select(a => a.Facilitators), after.Select(a => a.Facilitators));
    }

    [Fact]
    public async Task The_programme_team_registers_a_facilitator_and_anonymous_finders_see_no_contact_details()
    {
        var node = TrainingScenario.Node(await RegisterAsync(_programme, Input("First.Timer@Powys.example")), "registerFacilitator");
        Assert.Equal("first.timer@powys.example", node.GetProperty("email").GetString());
        Assert.Equal("WELSH", node.GetProperty("languages").GetString());
        Assert.Equal("2012-05-01", node.GetProperty("qualifiedOn").GetString());

        var anonymous = TrainingScenario.Node(await FindAsync(fixture.Factory.CreateClient(), "area: POWYS, language: WELSH"), "facilitators");
        var mine = Find(anonymous, "first.timer@powys.example", byName: "Test Facilitator");
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("phone").ValueKind);
        Assert.Equal("Powys County Council", mine.GetProperty("organisation").GetProperty("nameEn").GetString());
        Assert.All(Nodes(anonymous), n => Assert.Equal(JsonValueKind.Null, n.GetProperty("email").ValueKind));

        var signedIn = TrainingScenario.Node(await FindAsync(_editor, "area: POWYS, language: WELSH"), "facilitators");
        Assert.Equal("01597 826000", Find(signedIn, "first.timer@powys.example").GetProperty("phone").GetString());
    }

    [Fact]
    public async Task The_finder_filters_by_area_language_and_availability()
    {
        // Demo data: in Powys, Sian Powell and Rhodri Evans work in both languages, Helen Price in English; Nia Griffiths covers all Wales.
        var welshInPowys = Nodes(TrainingScenario.Node(await FindAsync(_programme, "area: POWYS, language: WELSH"), "facilitators"));
        Assert.Equal(["Nia Griffiths", "Rhodri Evans", "Sian Powell"], welshInPowys.Select(n => n.GetProperty("name").GetString()).Order());
        var englishInPowys = Nodes(TrainingScenario.Node(await FindAsync(_programme, "area: POWYS, language: ENGLISH"), "facilitators"));
        Assert.Contains(englishInPowys, n => n.GetProperty("name").GetString() == "Helen Price");
        var availableInPowys = Nodes(TrainingScenario.Node(await FindAsync(_programme, "area: POWYS, available: AVAILABLE"), "facilitators"));
        Assert.Equal(["Helen Price", "Sian Powell"], availableInPowys.Select(n => n.GetProperty("name").GetString()).Order());
        var welshOnly = Nodes(TrainingScenario.Node(await FindAsync(_programme, "area: GWYNEDD, language: WELSH"), "facilitators"));
        Assert.Equal(["Elin Roberts", "Nia Griffiths"], welshOnly.Select(n => n.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_and_nothing_is_saved()
    {
        Assert.Equal(["CONFLICT"], (await RegisterAsync(_programme, Input("SIAN.POWELL@powys.demo.spi.wales"))).ErrorCodes);
        Assert.Single(await ByEmailAsync("sian.powell@powys.demo.spi.wales"));

        var noArea = await RegisterAsync(_programme, Input("no.area@example.org", areas: []));
        Assert.Equal(["VALIDATION_FAILED"], noArea.ErrorCodes);
        Assert.Contains("Choose at least one area", noArea.Body.ToString());
        Assert.Contains("input.areas", noArea.Body.ToString());
        var unknown = await RegisterAsync(_programme, Input("unknown.org@example.org", organisationId: Guid.NewGuid()));
        Assert.Equal(["VALIDATION_FAILED"], unknown.ErrorCodes);
        Assert.Contains("input.organisationId", unknown.Body.ToString());
        var future = await RegisterAsync(_programme, Input("future@example.org", qualifiedOn: DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd")));
        Assert.Equal(["VALIDATION_FAILED"], future.ErrorCodes);
        Assert.Empty(await ByEmailAsync("no.area@example.org"));
        Assert.Empty(await ByEmailAsync("unknown.org@example.org"));
        Assert.Empty(await ByEmailAsync("future@example.org"));

        // Moving an entry onto another's email is a CONFLICT too, and the entry keeps its own.
        Assert.Equal(["CONFLICT"], (await UpdateAsync(_programme, new { id = OtherEntry, email = StaffLogin.OrganisationEditor })).ErrorCodes);
        Assert.Equal("sian.powell@powys.demo.spi.wales", (await ReadAsync(OtherEntry))!.Email);
    }

    [Fact]
    public async Task Who_may_register_update_and_remove()
    {
        var reader = await OAuthTokens.GetAsync(fixture.Factory.CreateClient(), OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);
        var writer = await OAuthTokens.GetAsync(fixture.Factory.CreateClient(), OAuthTokens.Partner, OAuthTokens.PartnerSecret);
        var anonymous = fixture.Factory.CreateClient();

        Assert.Equal(["UNAUTHENTICATED"], (await RegisterAsync(anonymous, Input("a@example.org"))).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await RegisterAsync(_editor, Input("a@example.org"))).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await RegisterAsync(anonymous, Input("a@example.org"), reader)).ErrorCodes);
        Assert.Empty(await ByEmailAsync("a@example.org"));
        var added = TrainingScenario.Node(await RegisterAsync(anonymous, Input("a@example.org"), writer), "registerFacilitator");
        var addedId = Guid.Parse(added.GetProperty("id").GetString()!);

        // Someone editing another's entry is refused and nothing changes.
        Assert.Equal(["FORBIDDEN"], (await UpdateAsync(_editor, new { id = OtherEntry, availability = "NOT_AVAILABLE" })).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await UpdateAsync(anonymous, new { id = OtherEntry, availability = "NOT_AVAILABLE" }, reader)).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await UpdateAsync(anonymous, new { id = OtherEntry, availability = "NOT_AVAILABLE" })).ErrorCodes);
        Assert.Equal(FacilitatorAvailability.Available, (await ReadAsync(OtherEntry))!.Availability);

        // A facilitator keeps their own availability, languages and areas, but not their name or organisation.
        var own = TrainingScenario.Node(await UpdateAsync(_editor, new { id = EditorEntry, availability = "NOT_AVAILABLE", availabilityNote = "On leave", languages = "BOTH", areas = new[] { "TORFAEN" } }), "updateFacilitator");
        Assert.Equal("NOT_AVAILABLE", own.GetProperty("availability").GetString());
        Assert.Equal(["FORBIDDEN"], (await UpdateAsync(_editor, new { id = EditorEntry, name = "Someone Else" })).ErrorCodes);
        var read = (await ReadAsync(EditorEntry))!;
        Assert.Equal(("Demo Organisation Editor", FacilitatorLanguage.Both, "On leave"), (read.Name, read.Languages, read.AvailabilityNote));
        Assert.Equal([ServiceArea.Torfaen], read.Areas);
        Assert.Equal(["VALIDATION_FAILED"], (await UpdateAsync(_editor, new { id = EditorEntry, areas = Array.Empty<string>() })).ErrorCodes);
        Assert.Equal([ServiceArea.Torfaen], (await ReadAsync(EditorEntry))!.Areas);

        // The programme team changes anything and removes entries; others may not remove.
        Assert.Equal("New Name", TrainingScenario.Node(await UpdateAsync(_programme, new { id = OtherEntry, name = "New Name" }), "updateFacilitator").GetProperty("name").GetString());
        Assert.Equal(["FORBIDDEN"], (await RemoveAsync(_editor, EditorEntry)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await RemoveAsync(anonymous, addedId, reader)).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await RemoveAsync(anonymous, addedId)).ErrorCodes);
        Assert.NotNull(await ReadAsync(EditorEntry));
        TrainingScenario.Node(await RemoveAsync(anonymous, addedId, writer), "removeFacilitator");
        TrainingScenario.Node(await RemoveAsync(_programme, OtherEntry), "removeFacilitator");
        Assert.Null(await ReadAsync(addedId));
        Assert.Null(await ReadAsync(OtherEntry));
        Assert.Equal(["NOT_FOUND"], (await RemoveAsync(_programme, OtherEntry)).ErrorCodes);
    }

    [Fact]
    public async Task Completing_the_facilitator_course_qualifies_once_per_email_even_in_parallel()
    {
        var torfaen = DemoOrganisationIds.EditorOrganisation;
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var scope = fixture.Factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<FacilitatorRegisterHandler>()
                .QualifyAsync("New.Facilitator@Torfaen.example", "New Facilitator", torfaen, new DateOnly(2026, 11, 20), CancellationToken.None);
        })));
        Assert.All(results, r => Assert.True(r.Succeeded));
        var entry = Assert.Single(await ByEmailAsync("new.facilitator@torfaen.example"));
        Assert.True(entry.FromCourseCompletion);
        Assert.Equal([ServiceArea.Torfaen], entry.Areas);
        Assert.Equal(FacilitatorAvailability.Available, entry.Availability);

        using (var scope = fixture.Factory.Services.CreateScope())
        {
            var handler = scope.ServiceProvider.GetRequiredService<FacilitatorRegisterHandler>();
            // A later completion (a refresher) moves the date on; an entry added by hand is not duplicated.
            await handler.QualifyAsync("new.facilitator@torfaen.example", "New Facilitator", torfaen, new DateOnly(2026, 11, 25), CancellationToken.None);
            var again = await handler.QualifyAsync(StaffLogin.OrganisationEditor, "Demo Organisation Editor", torfaen, new DateOnly(2026, 11, 25), CancellationToken.None);
            Assert.Equal(EditorEntry, again.Value!.Id);
            var unknown = await handler.QualifyAsync("x@example.org", "X", Guid.NewGuid(), new DateOnly(2026, 11, 25), CancellationToken.None);
            Assert.Equal("organisationId", Assert.Single(unknown.Problems).Field);
        }
        Assert.Equal(new DateOnly(2026, 11, 25), Assert.Single(await ByEmailAsync("new.facilitator@torfaen.example")).QualifiedOn);
        Assert.Single(await ByEmailAsync(StaffLogin.OrganisationEditor));
        Assert.Empty(await ByEmailAsync("x@example.org"));
    }

    [Fact]
    public async Task The_demo_facilitators_are_seeded_once()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var before = await db.Facilitators.CountAsync();
        await new FacilitatorDemoSeeder(db, TimeProvider.System).SeedAsync(CancellationToken.None);
        Assert.Equal(before, await db.Facilitators.CountAsync());
        Assert.True(before >= 12);
        Assert.Contains(await db.Facilitators.Select(f => f.Email).ToListAsync(), e => e == "sian.powell@powys.demo.spi.wales");
    }

    private static List<JsonElement> Nodes(JsonElement connection)
        => [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node"))];

    private static JsonElement Find(JsonElement connection, string email, string? byName = null)
        => Nodes(connection).Single(n => byName is not null ? n.GetProperty("name").GetString() == byName : n.GetProperty("email").GetString() == email);
}
