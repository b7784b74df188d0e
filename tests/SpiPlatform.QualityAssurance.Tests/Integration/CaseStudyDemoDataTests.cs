using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

/// <summary>The demo data leaves each case study where the source document does, read back as a partner or the public would.</summary>
[Collection(QualityAssuranceCollection.Collection)]
public sealed class CaseStudyDemoDataTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    // Flying Start Torfaen: finalised and signed off by senior staff in June 2011.
    [InlineData("ISP-2011-0001", "LIVE", "SIGNED_OFF", "QA-2011-0001", "2011-06-27")]
    // Gwent Frailty: "The ISP was approved in June 2011".
    [InlineData("ISP-2011-0002", "LIVE", "SIGNED_OFF", "QA-2011-0002", "2011-06-20")]
    // Hafan Lles: "Quality Assured in July 2011".
    [InlineData("ISP-2011-0003", "LIVE", "SIGNED_OFF", "QA-2011-0003", "2011-09-05")]
    // Cardiff MARAC: finalised January 2012, sign-off by the partners "currently underway".
    [InlineData("ISP-2012-0001", "AWAITING_SIGN_OFF", "AWAITING_SIGN_OFF", "QA-2012-0001", null)]
    // POVA Powys: sent for QA in March 2012; "Feedback has now been received and local partners are finalising the ISP".
    [InlineData("ISP-2012-0002", "DRAFT", "RETURNED", null, null)]
    // North Caerphilly: "currently awaiting formal sign-off from the central WASPI team".
    [InlineData("ISP-2012-0003", "IN_QUALITY_ASSURANCE", "WAITING", null, null)]
    public async Task Each_case_study_stands_where_the_source_document_leaves_it(string reference, string status, string qaState, string? qaReference, string? liveOn)
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var agreement = QaScenario.Node(await GraphQLClient.PostAsync(programme,
            "query($r: String) { agreement(reference: $r) { status liveOn qa { state qaReference rounds { number outcome } timeline { to } } } }", null, new { r = reference }), "agreement");

        Assert.Equal((status, liveOn), (agreement.GetProperty("status").GetString(), agreement.GetProperty("liveOn").GetString()));
        var qa = agreement.GetProperty("qa");
        Assert.Equal((qaState, qaReference), (qa.GetProperty("state").GetString(), qa.GetProperty("qaReference").GetString()));
        Assert.Equal(1, qa.GetProperty("rounds").GetArrayLength());
        Assert.Equal("WAITING", qa.GetProperty("timeline")[0].GetProperty("to").GetString());
    }

    [Fact]
    public async Task The_public_sees_the_MARAC_ISP_with_nine_of_its_seventeen_partners_signed()
    {
        var anonymous = fixture.Factory.CreateClient();

        var qa = QaScenario.Node(await GraphQLClient.PostAsync(anonymous,
            "{ agreement(reference: \"ISP-2012-0001\") { qa { signOffs { organisationNameEn state } timeline { actor } } } }"), "agreement").GetProperty("qa");

        var signOffs = qa.GetProperty("signOffs").EnumerateArray().ToList();
        Assert.Equal(17, signOffs.Count);
        Assert.Equal(9, signOffs.Count(s => s.GetProperty("state").GetString() == "SIGNED"));
        Assert.Contains(signOffs, s => s.GetProperty("organisationNameEn").GetString() == "Hafod Housing Association" && s.GetProperty("state").GetString() == "PENDING");
        // Who did each step is for signed-in readers only.
        Assert.All(qa.GetProperty("timeline").EnumerateArray(), e => Assert.Equal(System.Text.Json.JsonValueKind.Null, e.GetProperty("actor").ValueKind));
    }

    [Fact]
    public async Task North_Caerphilly_carries_its_local_sign_offs_into_QA_and_Powys_is_back_with_its_partners()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var caerphilly = QaScenario.Node(await GraphQLClient.PostAsync(programme,
            "{ agreement(reference: \"ISP-2012-0003\") { qa { signOffs { organisationNameEn state signatoryRole } } } }"), "agreement").GetProperty("qa");
        var powys = QaScenario.Node(await GraphQLClient.PostAsync(programme,
            "{ agreement(reference: \"ISP-2012-0002\") { qa { rounds { outcome changesRequired turnaround { workingDays state } } } } }"), "agreement").GetProperty("qa");

        var signed = caerphilly.GetProperty("signOffs").EnumerateArray()
            .Select(s => (s.GetProperty("organisationNameEn").GetString(), s.GetProperty("state").GetString(), s.GetProperty("signatoryRole").GetString())).ToList();
        Assert.Equal([("Aneurin Bevan Health Board", "SIGNED", "Caldicott Guardian"), ("Gwent Police", "SIGNED", "Chief Inspector")], signed.OrderBy(s => s.Item1));
        var round = powys.GetProperty("rounds")[0];
        Assert.Equal("RETURNED", round.GetProperty("outcome").GetString());
        Assert.StartsWith("Feedback from the WASPI team", round.GetProperty("changesRequired").GetString());
        // Mon 19 Mar to Mon 23 Apr 2012: 25 weekdays less Good Friday and Easter Monday = 23 working days, over the 20-day target.
        Assert.Equal((23, "MISSED"), (round.GetProperty("turnaround").GetProperty("workingDays").GetInt32(), round.GetProperty("turnaround").GetProperty("state").GetString()));
    }
}
