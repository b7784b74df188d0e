using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>Each information flow may record its own legal bases from the list (the QA checklist asks for one per flow).</summary>
[Collection(ProtocolsCollection.Collection)]
public sealed partial class FlowLegalBasesTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private const string FlowBases = "flows { id legalBases { code name repealed } }";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_flow_records_its_bases_and_they_show_on_the_page_and_in_the_ISP_document()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");

        var added = await AddFlowAsync(editor, draft, "UkGdprArticle6E", "Dpa2018Schedule1Paragraph18");

        Assert.False(added.HasErrors, added.Body.ToString());
        var reference = draft.GetProperty("reference").GetString()!;
        var stored = await AgreementApi.ByReferenceAsync(editor, reference, FlowBases);
        Assert.Equal(["UkGdprArticle6E", "Dpa2018Schedule1Paragraph18"], Single(stored).GetProperty("legalBases").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        var page = WebUtility.HtmlDecode(await editor.GetStringAsync($"/library/{reference}"));
        Assert.Contains("UK GDPR Article 6(1)(e): public task; Data Protection Act 2018, Schedule 1, Part 2, paragraph 18: safeguarding of children and of individuals at risk", page);
        var editorTable = WebUtility.HtmlDecode(await editor.GetStringAsync($"/library/{reference}/flows"));
        Assert.Contains("UK GDPR Article 6(1)(e): public task;", editorTable);
        using var docx = await editor.GetAsync($"/library/{reference}/document.docx?language=cy");
        var rows = Assert.Single(new IspDocumentReader(await docx.Content.ReadAsByteArrayAsync()).Tables("Tabl Cyfeirio Llif Gwybodaeth"));
        Assert.Contains("GDPR y DU Erthygl 6(1)(e): tasg gyhoeddus", Assert.Single(rows)[^1]);
    }

    [Theory]
    [InlineData("DataProtectionAct1998", "The Data Protection Act 1998 was repealed")]
    [InlineData("MadeUpAct2099", "MadeUpAct2099 is not on the list of legal bases.")]
    public async Task A_flow_cannot_newly_cite_repealed_law_or_an_unknown_code(string code, string message)
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");

        var refused = await AddFlowAsync(editor, draft, "UkGdprArticle6E", code);

        Assert.Equal(["VALIDATION_FAILED"], refused.ErrorCodes);
        Assert.Equal("input.legalBasisCodes", refused.ErrorField());
        Assert.Contains(message, refused.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var stored = await AgreementApi.ByReferenceAsync(editor, draft.GetProperty("reference").GetString()!, FlowBases);
        Assert.Empty(stored.GetProperty("flows").EnumerateArray());
        Assert.Equal(draft.GetProperty("version").GetInt32(), stored.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task The_editor_adds_a_flow_with_its_bases_without_JavaScript()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var reference = draft.GetProperty("reference").GetString()!;
        var html = await editor.GetStringAsync($"/library/{reference}/flows");

        using var response = await editor.PostAsync($"/library/{reference}/flows?handler=add", new FormUrlEncodedContent(new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)),
            new("Version", draft.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Flow.Stage", "Referral"), new("Flow.From", AgreementApi.Torfaen.ToString()), new("Flow.To", AgreementApi.Police.ToString()),
            new("Flow.Data", "Demographic"), new("Flow.Method", "SecureEmail"), new("Flow.Frequency", "On referral"),
            new("Flow.LegalBases", "UkGdprArticle6E"), new("Flow.LegalBases", "CrimeAndDisorderAct1998Section115"),
        }));

        Assert.Contains("value=\"Dpa2018Schedule1Paragraph10\"", html);
        Assert.DoesNotContain("name=\"Flow.LegalBases\" value=\"DataProtectionAct1998\"", html);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await AgreementApi.ByReferenceAsync(editor, reference, FlowBases);
        Assert.Equal(["UkGdprArticle6E", "CrimeAndDisorderAct1998Section115"], Single(stored).GetProperty("legalBases").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_row_of_the_flow_editor_changes_its_bases_and_refuses_repealed_law_at_422()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var added = (await AddFlowAsync(editor, draft, "UkGdprArticle6E")).Data.GetProperty("addFlow");
        var reference = draft.GetProperty("reference").GetString()!;
        var flowId = Single(added).GetProperty("id").GetString()!;

        using var refused = await PostBasesAsync(editor, reference, flowId, added, "DataProtectionAct1998");
        var afterRefusal = await AgreementApi.ByReferenceAsync(editor, reference, FlowBases);
        using var saved = await PostBasesAsync(editor, reference, flowId, added, "UkGdprArticle6C", "ChildrenAct2004");
        var stored = await AgreementApi.ByReferenceAsync(editor, reference, FlowBases);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("The Data Protection Act 1998 was repealed", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(["UkGdprArticle6E"], Single(afterRefusal).GetProperty("legalBases").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["UkGdprArticle6C", "ChildrenAct2004"], Single(stored).GetProperty("legalBases").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
    }

    private static async Task<HttpResponseMessage> PostBasesAsync(HttpClient client, string reference, string flowId, JsonElement agreement, params string[] codes)
    {
        var html = await client.GetStringAsync($"/library/{reference}/flows");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)),
            new("Version", agreement.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("FlowId", flowId),
        };
        fields.AddRange(codes.Select(c => new KeyValuePair<string, string>("FlowBases", c)));
        return await client.PostAsync($"/library/{reference}/flows?handler=bases", new FormUrlEncodedContent(fields));
    }

    [Fact]
    public async Task Demo_flows_carry_sensible_bases_and_the_historic_ones_keep_repealed_law_marked()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var current = await AgreementApi.ByReferenceAsync(team, "ISP-2011-0002", FlowBases);
        var pova = await AgreementApi.ByReferenceAsync(team, "ISP-2012-0002", FlowBases);
        var page = WebUtility.HtmlDecode(await team.GetStringAsync("/library/ISP-2012-0002"));

        Assert.All(current.GetProperty("flows").EnumerateArray(), f => Assert.Contains(f.GetProperty("legalBases").EnumerateArray(), b => b.GetProperty("code").GetString() == "UkGdprArticle9H"));
        Assert.All(pova.GetProperty("flows").EnumerateArray(), f => Assert.Contains(f.GetProperty("legalBases").EnumerateArray(), b => b.GetProperty("repealed").GetBoolean()));
        Assert.Contains("<td>Data Protection Act 1998 (repealed); NHS and Community Care Act 1990</td>", page);
    }

    [Fact]
    public async Task A_reviewer_reading_a_frozen_version_sees_each_flows_bases_with_repealed_law_marked()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var id = Guid.Parse((await AgreementApi.ByReferenceAsync(team, "ISP-2012-0003")).GetProperty("id").GetString()!);

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var review = await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().ReadForReviewAsync(id, 1, CancellationToken.None);

        Assert.NotNull(review);
        Assert.All(review.Flows, f => Assert.Contains("Data Protection Act 1998 (repealed)", f.LegalBases!));
        Assert.Contains("UK GDPR Article 6(1)(e): public task", (await ReviewOfAsync("ISP-2011-0001")).Flows[0].LegalBases!);
    }

    private async Task<AgreementForReview> ReviewOfAsync(string reference)
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var id = Guid.Parse((await AgreementApi.ByReferenceAsync(team, reference)).GetProperty("id").GetString()!);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().ReadForReviewAsync(id, 1, CancellationToken.None))!;
    }

    private static JsonElement Single(JsonElement agreement) => Assert.Single(agreement.GetProperty("flows").EnumerateArray());

    private static Task<GraphQLResponse> AddFlowAsync(HttpClient client, JsonElement draft, params string[] codes)
        => GraphQLClient.PostAsync(client, $"mutation($input: FlowInput!) {{ addFlow(input: $input) {{ {AgreementApi.Fields} }} }}", null, new
        {
            input = new
            {
                agreementId = draft.GetProperty("id").GetString(),
                version = draft.GetProperty("version").GetInt32(),
                stage = "REFERRAL",
                fromOrganisationId = AgreementApi.Torfaen,
                toOrganisationId = AgreementApi.Police,
                data = new[] { "DEMOGRAPHIC" },
                method = "SECURE_EMAIL",
                frequency = "On referral",
                legalBasisCodes = codes,
            },
        });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
