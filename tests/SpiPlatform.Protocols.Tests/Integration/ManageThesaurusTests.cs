using System.Net;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>The programme team edits the library's thesaurus without SQL; everyone may read it.</summary>
[Collection(ProtocolsCollection.Collection)]
public sealed class ManageThesaurusTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private const string EarlyYears = "early-years";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Anyone_may_read_the_thesaurus_in_English_and_Welsh_but_sees_no_forms()
    {
        var anonymous = await fixture.StaffClientAsync(null);

        var thesaurus = await ThesaurusApi.ReadAsync(anonymous);
        var english = WebUtility.HtmlDecode(await anonymous.GetStringAsync(ThesaurusApi.Path));
        var welsh = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"{ThesaurusApi.Path}?culture=cy"));
        var filtered = WebUtility.HtmlDecode(await anonymous.GetStringAsync($"{ThesaurusApi.Path}?q=pobl+hyn"));

        Assert.Contains("Dechrau'n Deg", thesaurus[EarlyYears]);
        Assert.Contains("trais domestig", thesaurus["domestic-abuse"]);
        Assert.Contains("<h1>Thesaurus</h1>", english);
        Assert.Contains("Flying Start", english);
        Assert.Contains("<h1>Thesawrws</h1>", welsh);
        Assert.Contains("pobl hŷn", filtered);
        Assert.DoesNotContain("Flying Start", filtered);
        Assert.DoesNotContain("handler=", english);
    }

    [Fact]
    public async Task The_library_and_the_legal_bases_page_link_to_it()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        Assert.Contains($"href=\"{ThesaurusApi.Path}\"", await (await fixture.StaffClientAsync(null)).GetStringAsync("/library"));
        Assert.Contains($"href=\"{ThesaurusApi.Path}\"", await team.GetStringAsync("/library/legal-bases"));
    }

    [Fact]
    public async Task The_programme_team_starts_a_concept_adds_a_Welsh_term_removes_a_term_and_removes_the_concept()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var started = await ThesaurusApi.StartAsync(team, " Looked  after children ", ["looked after children", " plant sy'n derbyn gofal ", "children in care", ""]);
        var added = await ThesaurusApi.AddAsync(team, "looked-after-children", "plant mewn gofal");
        var removed = await ThesaurusApi.RemoveAsync(team, "looked-after-children", "CHILDREN IN CARE");
        var stored = (await ThesaurusApi.ReadAsync(team))["looked-after-children"];
        var gone = await ThesaurusApi.RemoveConceptAsync(team, "looked-after-children");

        Assert.False(started.HasErrors, started.Body.ToString());
        Assert.Equal("looked-after-children", started.Data.GetProperty("addSynonymConcept").GetProperty("name").GetString());
        Assert.Equal(["children in care", "looked after children", "plant sy'n derbyn gofal"], ThesaurusApi.Terms(started, "addSynonymConcept"));
        Assert.False(added.HasErrors, added.Body.ToString());
        Assert.Contains("plant mewn gofal", ThesaurusApi.Terms(added, "addSynonym"));
        Assert.False(removed.HasErrors, removed.Body.ToString());
        Assert.Equal(["looked after children", "plant mewn gofal", "plant sy'n derbyn gofal"], stored);
        Assert.False(gone.HasErrors, gone.Body.ToString());
        Assert.DoesNotContain("looked-after-children", (await ThesaurusApi.ReadAsync(team)).Keys);
    }

    [Theory]
    [InlineData("older people", "tŷ gofal")]
    [InlineData(EarlyYears, "Dechrau’n Deg iawn")]
    [InlineData(EarlyYears, "cylch-meithrin")]
    public async Task Welsh_letters_accents_apostrophes_and_hyphens_are_accepted(string concept, string term)
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var response = await ThesaurusApi.AddAsync(team, concept, term);

        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Contains(term, (await ThesaurusApi.ReadAsync(team))[concept.Replace(' ', '-')]);
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData(StaffLogin.OrganisationEditor, "FORBIDDEN")]
    [InlineData(StaffLogin.QaReviewer, "FORBIDDEN")]
    [InlineData(StaffLogin.Evaluator, "FORBIDDEN")]
    public async Task No_one_but_the_programme_team_may_change_the_thesaurus(string? who, string code)
    {
        var client = await fixture.StaffClientAsync(who);
        var before = await ThesaurusApi.SnapshotAsync(client);

        var answers = new[]
        {
            await ThesaurusApi.AddAsync(client, EarlyYears, "tiny tots"),
            await ThesaurusApi.RemoveAsync(client, "safeguarding", "protection"),
            await ThesaurusApi.StartAsync(client, "looked after children", ["looked after children", "plant sy'n derbyn gofal"]),
            await ThesaurusApi.RemoveConceptAsync(client, "domestic-abuse"),
        };

        Assert.All(answers, a => Assert.Equal([code], a.ErrorCodes));
        Assert.Equal(before, await ThesaurusApi.SnapshotAsync(client));
    }

    [Fact]
    public async Task A_partner_client_with_protocols_write_may_not_change_it_either()
    {
        var anonymous = await fixture.StaffClientAsync(null);
        var token = await OAuthTokens.GetAsync(anonymous, OAuthTokens.Partner, OAuthTokens.PartnerSecret, "protocols:write");
        var before = await ThesaurusApi.SnapshotAsync(anonymous);

        var add = await ThesaurusApi.AddAsync(anonymous, EarlyYears, "tiny tots", token);
        var remove = await ThesaurusApi.RemoveConceptAsync(anonymous, "domestic-abuse", token);

        Assert.Equal(["FORBIDDEN"], add.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], remove.ErrorCodes);
        Assert.Equal(before, await ThesaurusApi.SnapshotAsync(anonymous));
    }

    [Theory]
    [InlineData(EarlyYears, "x", "input.term", "Enter a term of 2 to 60")]
    [InlineData(EarlyYears, "   ", "input.term", "Enter a term of 2 to 60")]
    [InlineData(EarlyYears, "tiny tots!", "input.term", "Enter a term of 2 to 60")]
    [InlineData(EarlyYears, "tiny 2 tots", "input.term", "Enter a term of 2 to 60")]
    [InlineData(EarlyYears, "'tiny tots", "input.term", "Enter a term of 2 to 60")]
    [InlineData(EarlyYears, "abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij abcdefgh", "input.term", "Enter a term of 2 to 60")]
    [InlineData(EarlyYears, "  CHILDCARE ", "input.term", "“childcare” is already a term of early-years.")]
    [InlineData(EarlyYears, "dechrau’n  deg", "input.term", "“Dechrau'n Deg” is already a term of early-years.")]
    [InlineData(EarlyYears, "Pobl Hyn", "input.term", "“pobl hŷn” is already a term of older-people: a term belongs to one concept")]
    [InlineData("no-such-idea", "tiny tots", "input.concept", "There is no concept no-such-idea in the thesaurus")]
    [InlineData("", "tiny tots", "input.concept", "Enter the concept's name")]
    public async Task A_bad_term_is_refused_with_its_field_and_changes_nothing(string concept, string term, string field, string message)
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var before = await ThesaurusApi.SnapshotAsync(team);

        var response = await ThesaurusApi.AddAsync(team, concept, term);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal(field, response.ErrorField());
        Assert.StartsWith(message, response.ErrorMessage(), StringComparison.Ordinal);
        Assert.Equal(before, await ThesaurusApi.SnapshotAsync(team));
    }

    [Theory]
    [InlineData("looked after children", new[] { "looked after children" }, "input.terms", "Give the concept at least two terms")]
    [InlineData("looked after children", new[] { "children in care", "Children In Care" }, "input.terms", "“Children In Care” is given twice.")]
    [InlineData("looked after children", new[] { "children in care", "care_leavers" }, "input.terms", "“care_leavers” is not a term")]
    [InlineData("looked after children", new[] { "children in care", "Safeguarding" }, "input.terms", "“safeguarding” is already a term of safeguarding")]
    [InlineData("Early Years", new[] { "tiny tots", "plant bach" }, "input.concept", "There is already a concept early-years")]
    [InlineData("a", new[] { "tiny tots", "plant bach" }, "input.concept", "Enter the concept's name")]
    public async Task A_bad_new_concept_is_refused_with_its_field_and_changes_nothing(string concept, string[] terms, string field, string message)
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var before = await ThesaurusApi.SnapshotAsync(team);

        var response = await ThesaurusApi.StartAsync(team, concept, terms);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal(field, response.ErrorField());
        Assert.StartsWith(message, response.ErrorMessage(), StringComparison.Ordinal);
        Assert.Equal(before, await ThesaurusApi.SnapshotAsync(team));
    }

    [Fact]
    public async Task Removing_a_term_that_would_leave_one_is_refused_and_the_concept_is_removed_deliberately()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        Assert.False((await ThesaurusApi.StartAsync(team, "care leavers", ["care leavers", "gadael gofal"])).HasErrors);

        var refused = await ThesaurusApi.RemoveAsync(team, "care-leavers", "gadael gofal");
        var unknown = await ThesaurusApi.RemoveAsync(team, EarlyYears, "tiny tots");
        var noConcept = await ThesaurusApi.RemoveConceptAsync(team, "no-such-idea");
        var stored = (await ThesaurusApi.ReadAsync(team))["care-leavers"];
        var removed = await ThesaurusApi.RemoveConceptAsync(team, "care-leavers");

        Assert.Equal(["CONFLICT"], refused.ErrorCodes);
        Assert.Equal("input.term", refused.ErrorField());
        Assert.StartsWith("Removing “gadael gofal” would leave care-leavers with one term, and a concept needs at least two", refused.ErrorMessage(), StringComparison.Ordinal);
        Assert.Equal(["care leavers", "gadael gofal"], stored);
        Assert.Equal(["NOT_FOUND"], unknown.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], noConcept.ErrorCodes);
        Assert.False(removed.HasErrors, removed.Body.ToString());
        Assert.Equal(["care leavers", "gadael gofal"], ThesaurusApi.Terms(removed, "removeSynonymConcept"));
        Assert.DoesNotContain("care-leavers", (await ThesaurusApi.ReadAsync(team)).Keys);
    }

    [Fact]
    public async Task Two_people_adding_the_same_term_at_once_one_wins_and_the_other_is_told()
    {
        var first = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var second = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var answers = await Task.WhenAll(ThesaurusApi.AddAsync(first, EarlyYears, "tiny tots"), ThesaurusApi.AddAsync(second, EarlyYears, "Tiny Tots"));

        Assert.Single(answers, a => !a.HasErrors);
        var loser = Assert.Single(answers, a => a.HasErrors);
        // The lock makes the loser read the winner's term; without it the unique index would refuse it with CONFLICT.
        Assert.Contains(loser.ErrorCodes.Single(), new[] { "VALIDATION_FAILED", "CONFLICT" });
        Assert.Equal("input.term", loser.ErrorField());
        Assert.Contains("early-years", loser.ErrorMessage(), StringComparison.Ordinal);
        Assert.Single((await ThesaurusApi.ReadAsync(first))[EarlyYears], t => t.Equals("tiny tots", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Two_people_removing_different_terms_at_once_cannot_leave_a_concept_with_one()
    {
        var first = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var second = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        Assert.False((await ThesaurusApi.StartAsync(first, "care leavers", ["care leavers", "gadael gofal", "leaving care"])).HasErrors);

        var answers = await Task.WhenAll(ThesaurusApi.RemoveAsync(first, "care-leavers", "gadael gofal"), ThesaurusApi.RemoveAsync(second, "care-leavers", "leaving care"));

        Assert.Single(answers, a => !a.HasErrors);
        Assert.Single(answers, a => a.ErrorCodes.SequenceEqual(["CONFLICT"]));
        Assert.Equal(2, (await ThesaurusApi.ReadAsync(first))["care-leavers"].Count);
    }

    [Fact]
    public async Task The_page_adds_and_removes_without_JavaScript()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        using var added = await ThesaurusApi.PostPageAsync(team, "add", new() { ["Concept"] = EarlyYears, ["Term"] = "tiny tots" });
        var afterAdd = WebUtility.HtmlDecode(await team.GetStringAsync(ThesaurusApi.Path));
        using var removed = await ThesaurusApi.PostPageAsync(team, "remove", new() { ["Concept"] = EarlyYears, ["Term"] = "tiny tots" });
        using var started = await ThesaurusApi.PostPageAsync(team, "start", new() { ["Concept"] = "Care leavers", ["Terms"] = "care leavers, gadael gofal" });
        using var gone = await ThesaurusApi.PostPageAsync(team, "removeConcept", new() { ["Concept"] = "care-leavers" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("“tiny tots” is now searched for with early-years.", afterAdd);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, gone.StatusCode);
        var thesaurus = await ThesaurusApi.ReadAsync(team);
        Assert.DoesNotContain("tiny tots", thesaurus[EarlyYears]);
        Assert.DoesNotContain("care-leavers", thesaurus.Keys);
    }

    [Fact]
    public async Task The_page_shows_bad_input_again_with_the_same_messages_as_GraphQL_at_422_in_English_and_Welsh()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var graphQL = await ThesaurusApi.StartAsync(team, "looked after children", ["looked after children"]);

        using var response = await ThesaurusApi.PostPageAsync(team, "start", new() { ["Concept"] = "looked after children", ["Terms"] = "looked after children" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        using var welshResponse = await team.PostAsync($"{ThesaurusApi.Path}?handler=remove&culture=cy", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Concept"] = "safeguarding", ["Term"] = "no such term",
            ["__RequestVerificationToken"] = await StaffLogin.AntiforgeryTokenAsync(team, ThesaurusApi.Path),
        }));
        var welsh = WebUtility.HtmlDecode(await welshResponse.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(graphQL.ErrorMessage(), html);
        Assert.Contains("href=\"#new-terms\"", html);
        Assert.Contains("value=\"looked after children\"", html);
        Assert.Equal(HttpStatusCode.NotFound, welshResponse.StatusCode);
        Assert.Contains("Nid yw “no such term” yn derm yn safeguarding", welsh);
        Assert.DoesNotContain("looked-after-children", (await ThesaurusApi.ReadAsync(team)).Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(StaffLogin.OrganisationEditor)]
    public async Task The_page_refuses_others_changes(string? who)
    {
        var client = await fixture.StaffClientAsync(who);
        var before = await ThesaurusApi.SnapshotAsync(client);

        using var add = await ThesaurusApi.PostPageAsync(client, "add", new() { ["Concept"] = EarlyYears, ["Term"] = "tiny tots" });
        using var remove = await ThesaurusApi.PostPageAsync(client, "removeConcept", new() { ["Concept"] = "safeguarding" });

        Assert.True(add.StatusCode == HttpStatusCode.Forbidden, await add.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, remove.StatusCode);
        Assert.Equal(before, await ThesaurusApi.SnapshotAsync(client));
    }
}
