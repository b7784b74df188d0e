using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>The legal bases are a list in the database, put there by the migration, and the drafting rules read it.</summary>
[Collection(ProtocolsCollection.Collection)]
public sealed class LegalBasesListTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_database_starts_with_current_law_the_gateways_and_the_Welsh_statutes()
    {
        var list = await ListAsync();

        Assert.Equal(6, list.Count(b => b.Group == LegalBasisGroup.UkGdprArticle6));
        Assert.Equal(10, list.Count(b => b.Group == LegalBasisGroup.UkGdprArticle9));
        Assert.Contains(list, b => b.Code == "UkGdprArticle6E" && b.NameEn.Contains("public task", StringComparison.Ordinal) && b.NameCy.Contains("tasg gyhoeddus", StringComparison.Ordinal));
        Assert.Contains(list, b => b.Code == "Dpa2018Schedule1Paragraph18" && b.Group == LegalBasisGroup.Dpa2018Schedule1);
        Assert.Contains(list, b => b.Code == "SocialServicesAndWellbeingWalesAct2014" && b.Group == LegalBasisGroup.WelshStatute);
        foreach (var gateway in Enum.GetNames<Contracts.StatutoryGateway>())
        {
            Assert.Contains(list, b => b.Code == gateway && b.Group == LegalBasisGroup.StatutoryGateway);
        }
        Assert.Equal(["DataProtectionAct1998"], list.Where(b => b.Repealed).Select(b => b.Code));
        Assert.All(list, b => Assert.True(LegalBasisCodes.IsWellFormed(b.Code), b.Code));
    }

    [Fact]
    public async Task Whether_a_basis_is_repealed_is_read_from_the_list()
    {
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProtocolsDbContext>();
            await db.LegalBases.Where(b => b.Code == "HousingAct1996").ExecuteUpdateAsync(s => s.SetProperty(b => b.Repealed, true));
        }
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var input = AgreementApi.NewDraft("Repealed Housing Act Protocol");
        input["gateways"] = new JsonArray("HOUSING_ACT_1996");

        var response = await AgreementApi.CreateAsync(editor, input);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal("input.gateways", response.ErrorField());
        Assert.Contains("Housing Act 1996 was repealed", response.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private async Task<List<LegalBasis>> ListAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProtocolsDbContext>().LegalBases.AsNoTracking().ToListAsync();
    }
}
