using System.Security.Claims;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.GraphQL;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.UpdateDraft;

/// <summary>Changes a draft's own fields (each step of the editor sends the whole input), at the version the caller loaded.</summary>
internal sealed class UpdateDraftHandler(ProtocolsDbContext db, ISignatoriesApi register, TimeProvider clock)
{
    /// <param name="keepBasesOutsideGateways">Keep the cited bases the old <c>gateways</c> enum cannot name, whatever the input says.</param>
    public async Task<Result<Agreement>> HandleAsync(Guid id, int version, AgreementInput input, ClaimsPrincipal user, CancellationToken ct,
        bool keepBasesOutsideGateways = false)
    {
        var loaded = await db.LoadDraftAsync(id, version, user, ct);
        if (loaded.Value is not { } agreement)
        {
            return loaded;
        }
        if (keepBasesOutsideGateways)
        {
            input = input with { Gateways = [.. (input.Gateways ?? []).Concat(agreement.Gateways.Where(c => !LegacyGateways.IsGateway(c))).Distinct()] };
        }
        var organisations = await register.FindPartnersAsync(input, ct);
        var problems = AgreementRules.Check(input, organisations, clock.TodayInWales());
        problems.AddRange(AgreementRules.CheckLegalBases(input.Gateways ?? [], agreement.Gateways, await db.LegalBasisLawAsync(ct)));
        var partners = AgreementRules.Partners(input).Select(p => p.OrganisationId).ToHashSet();
        if (agreement.Flows.Any(f => !partners.Contains(f.FromOrganisationId) || !partners.Contains(f.ToOrganisationId)))
        {
            problems.Add(Problem.Invalid("partners", "A partner you removed still has information flows: remove its flows first."));
        }
        if (problems.Count > 0)
        {
            return Result<Agreement>.Fail(problems);
        }
        AgreementWriter.Apply(agreement, input);
        AgreementWriter.RefreshSearch(agreement, organisations);
        agreement.Touch(clock.GetUtcNow());
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : agreement;
    }
}
