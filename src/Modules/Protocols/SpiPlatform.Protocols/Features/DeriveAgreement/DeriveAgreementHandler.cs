using System.Security.Claims;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.DeriveAgreement;

/// <summary>Reuse: a new draft copied from an agreement the caller can read, remembering where it came from.</summary>
internal sealed class DeriveAgreementHandler(ProtocolsDbContext db, ISignatoriesApi register, TimeProvider clock, IOutboxSignal outbox)
{
    public async Task<Result<Agreement>> HandleAsync(Guid sourceId, Guid? coordinatorId, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindReadableAsync(sourceId, null, user, ct) is not { } source)
        {
            return AgreementStore.NotFound;
        }
        var coordinator = ProtocolsAccess.CoordinatorOf(user, coordinatorId, source.CoordinatorId)!.Value;
        if (!ProtocolsAccess.CanCreate(user, coordinator))
        {
            return Problem.Forbidden("You may start an agreement only for your own organisation, unless you have protocols:write access.");
        }
        var organisations = await register.FindAsync([.. source.PartnerIds.Append(coordinator).Distinct()], ct);
        if (!organisations.TryGetValue(coordinator, out var lead) || !lead.IsActiveSignatory)
        {
            return Problem.Invalid("coordinatorId", "The coordinating organisation must be an active Accord signatory.");
        }
        var now = clock.GetUtcNow();
        var draft = new Agreement
        {
            Id = Guid.CreateVersion7(),
            Reference = await db.NextReferenceAsync(source.Kind, clock.TodayInWales().Year, ct),
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = Actor.From(user).Id,
            DerivedFromId = source.Id,
        };
        var law = await db.LegalBasisLawAsync(ct);
        AgreementWriter.Apply(draft, CopyOf(source, coordinator, clock.TodayInWales(), law));
        // Partners that are no longer active signatories are left out, with the flows that involve them.
        draft.Partners.RemoveAll(p => !organisations.TryGetValue(p.OrganisationId, out var o) || !o.IsActiveSignatory);
        var kept = draft.PartnerIds.ToHashSet();
        foreach (var flow in source.Flows.Where(f => kept.Contains(f.FromOrganisationId) && kept.Contains(f.ToOrganisationId)).OrderBy(f => f.Position))
        {
            draft.Flows.Add(new InformationFlow
            {
                Id = Guid.CreateVersion7(), AgreementId = draft.Id, Position = flow.Position, Stage = flow.Stage, CustomStage = flow.CustomStage,
                FromOrganisationId = flow.FromOrganisationId, ToOrganisationId = flow.ToOrganisationId, Data = [.. flow.Data],
                Method = flow.Method, Frequency = flow.Frequency, LegalBases = CurrentOnly(flow.LegalBases, law),
            });
        }
        AgreementWriter.RefreshSearch(draft, organisations);
        db.Agreements.Add(draft);
        db.Publish(new AgreementDerived(draft.Id, source.Id), now);
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        outbox.Notify();
        return draft;
    }

    private static List<string>? CurrentOnly(List<string>? codes, LegalBasisLaw law)
        => codes?.Where(law.IsCurrent).ToList() is { Count: > 0 } current ? current : null;

    // The copy is a new draft, so it starts under current law: repealed and retired bases are left out.
    private static AgreementInput CopyOf(Agreement s, Guid coordinator, DateOnly today, LegalBasisLaw law) => new(
        s.Kind, s.TitleEn, s.TitleCy, s.SummaryEn, s.SummaryCy, s.Purpose, s.ServiceArea, s.Regions, coordinator,
        [.. s.Partners.Where(p => p.OrganisationId != coordinator).Select(p => new PartnerInput(p.OrganisationId, p.Role == PartnerRole.Coordinator ? PartnerRole.Partner : p.Role))],
        s.ServiceUsers, s.DataCategories, s.ConsentRequired, [.. s.Gateways.Where(law.IsCurrent)], s.OtherLegalBasis, s.ConsentHowObtained, s.ConsentReviewInterval,
        s.ConsentOverrideCriteria, s.SecurityNotes, s.RetentionNotes, today.AddYears(1), null, null, today, null);
}
