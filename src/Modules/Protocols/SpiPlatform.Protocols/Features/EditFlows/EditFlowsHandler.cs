using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.EditFlows;

/// <summary>The Information Flow Reference Table of a draft, one row at a time, so the table can be edited inline.</summary>
internal sealed class EditFlowsHandler(ProtocolsDbContext db, ISignatoriesApi register, TimeProvider clock)
{
    public async Task<Result<Agreement>> AddAsync(Guid agreementId, int version, FlowInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await db.LoadDraftAsync(agreementId, version, user, ct);
        if (loaded.Value is not { } agreement)
        {
            return loaded;
        }
        if (await CheckAsync(input, agreement, null, ct) is { Count: > 0 } problems)
        {
            return Result<Agreement>.Fail(problems);
        }
        var flow = new InformationFlow { Id = Guid.CreateVersion7(), AgreementId = agreement.Id, Position = agreement.Flows.Count == 0 ? 1 : agreement.Flows.Max(f => f.Position) + 1 };
        Copy(input, flow);
        db.Flows.Add(flow);
        if (!agreement.Flows.Contains(flow))
        {
            agreement.Flows.Add(flow);
        }
        return await SaveAsync(agreement, ct);
    }

    public async Task<Result<Agreement>> UpdateAsync(Guid flowId, int version, FlowInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await LoadOwnerAsync(flowId, version, user, ct);
        if (loaded.Value is not { } agreement)
        {
            return loaded;
        }
        var flow = agreement.Flows.Single(f => f.Id == flowId);
        if (await CheckAsync(input, agreement, flow, ct) is { Count: > 0 } problems)
        {
            return Result<Agreement>.Fail(problems);
        }
        Copy(input, flow);
        return await SaveAsync(agreement, ct);
    }

    public async Task<Result<Agreement>> RemoveAsync(Guid flowId, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var loaded = await LoadOwnerAsync(flowId, version, user, ct);
        if (loaded.Value is not { } agreement)
        {
            return loaded;
        }
        var flow = agreement.Flows.Single(f => f.Id == flowId);
        agreement.Flows.Remove(flow);
        db.Flows.Remove(flow);
        return await SaveAsync(agreement, ct);
    }

    private async Task<Result<Agreement>> LoadOwnerAsync(Guid flowId, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var owner = await db.Flows.Where(f => f.Id == flowId).Select(f => f.AgreementId).FirstOrDefaultAsync(ct);
        var loaded = await db.LoadDraftAsync(owner, version, user, ct);
        return loaded.Value is null && loaded.Problems[0].Code == ErrorCodes.NotFound ? Problem.NotFound("There is no flow with that id.") : loaded;
    }

    private async Task<Result<Agreement>> SaveAsync(Agreement agreement, CancellationToken ct)
    {
        AgreementWriter.RefreshSearch(agreement, await register.FindPartnersAsync(agreement, ct));
        agreement.Touch(clock.GetUtcNow());
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : agreement;
    }

    // A flow may keep a repealed or retired basis it already cited, like the agreement (ADR 0021).
    private async Task<List<Problem>> CheckAsync(FlowInput input, Agreement agreement, InformationFlow? existing, CancellationToken ct)
    {
        var problems = AgreementRules.CheckFlow(input, [.. agreement.PartnerIds]);
        if (input.LegalBases is { Count: > 0 } codes)
        {
            problems.AddRange(AgreementRules.CheckLegalBases(codes, existing?.LegalBases ?? [], await db.LegalBasisLawAsync(ct), "legalBasisCodes"));
        }
        return problems;
    }

    private static void Copy(FlowInput input, InformationFlow flow)
    {
        flow.Stage = input.Stage;
        flow.CustomStage = input.Stage == Contracts.FlowStage.Custom ? AgreementRules.Tidy(input.CustomStage) : null;
        flow.FromOrganisationId = input.FromOrganisationId;
        flow.ToOrganisationId = input.ToOrganisationId;
        flow.Data = [.. (input.Data ?? []).Distinct()];
        flow.Method = input.Method;
        flow.Frequency = AgreementRules.Tidy(input.Frequency) ?? "";
        flow.LegalBases = input.LegalBases is { Count: > 0 } codes ? [.. codes.Select(c => c.Trim()).Distinct()] : null;
    }
}
