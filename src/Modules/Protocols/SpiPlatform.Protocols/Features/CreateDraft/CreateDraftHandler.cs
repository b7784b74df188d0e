using System.Security.Claims;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.CreateDraft;

/// <summary>Starts an agreement from a blank page. A draft may be incomplete; completeness is checked on submission.</summary>
internal sealed class CreateDraftHandler(ProtocolsDbContext db, ISignatoriesApi register, TimeProvider clock)
{
    public async Task<Result<Agreement>> HandleAsync(AgreementInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        input = input with { CoordinatorId = ProtocolsAccess.CoordinatorOf(user, input.CoordinatorId) };
        if (!ProtocolsAccess.CanCreate(user, input.CoordinatorId))
        {
            return Problem.Forbidden("You may start an agreement only for your own organisation, unless you have protocols:write access.");
        }
        var organisations = await register.FindPartnersAsync(input, ct);
        var problems = AgreementRules.Check(input, organisations, clock.TodayInWales());
        problems.AddRange(AgreementRules.CheckLegalBases(input.Gateways ?? [], [], await db.LegalBasisLawAsync(ct)));
        if (problems.Count > 0)
        {
            return Result<Agreement>.Fail(problems);
        }
        var now = clock.GetUtcNow();
        var agreement = new Agreement
        {
            Id = Guid.CreateVersion7(),
            Reference = await db.NextReferenceAsync(input.Kind, clock.TodayInWales().Year, ct),
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = Actor.From(user).Id,
        };
        AgreementWriter.Apply(agreement, input);
        AgreementWriter.RefreshSearch(agreement, organisations);
        db.Agreements.Add(agreement);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : agreement;
    }
}
