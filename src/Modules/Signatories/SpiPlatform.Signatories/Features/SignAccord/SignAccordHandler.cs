using System.Security.Claims;
using Microsoft.Extensions.Options;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.Shared;

namespace SpiPlatform.Signatories.Features.SignAccord;

internal sealed record SignAccordInput(Guid OrganisationId, int Version, string? SignedByName, string? SignedByRole, DateOnly? SignedOn, bool Accepted);

/// <summary>Signs the current Accord declaration on the organisation's behalf; the signature waits for verification.</summary>
internal sealed class SignAccordHandler(SignatoriesDbContext db, TimeProvider clock, IOptions<SignatoriesOptions> options, IOutboxSignal outbox)
{
    public async Task<Result<Organisation>> HandleAsync(SignAccordInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var today = clock.TodayInWales();
        var signedOn = input.SignedOn ?? today;
        var problems = new List<Problem>();
        if (!input.Accepted)
        {
            problems.Add(Problem.Invalid("accepted", "Confirm that the organisation accepts the Accord declaration."));
        }
        if (OrganisationRules.Tidy(input.SignedByName) is null)
        {
            problems.Add(Problem.Invalid("signedByName", "Type the full name of the person signing."));
        }
        if (OrganisationRules.Tidy(input.SignedByRole) is null)
        {
            problems.Add(Problem.Invalid("signedByRole", "Enter the signatory's role, normally Chief Executive or Chief Officer."));
        }
        if (signedOn > today)
        {
            problems.Add(Problem.Invalid("signedOn", "The date signed cannot be in the future."));
        }
        if (problems.Count > 0)
        {
            return Result<Organisation>.Fail(problems);
        }

        var loaded = await db.LoadForEditAsync(input.OrganisationId, input.Version, user, ct);
        if (loaded.Value is not { } organisation)
        {
            return loaded;
        }
        if (organisation.CurrentSignature is { } current)
        {
            return Problem.Conflict(current.Status == SignatureStatus.Active
                ? "This organisation is already an active Accord signatory; it can sign again once that signature is withdrawn or lapses."
                : "This organisation has already signed; the signature is waiting for the programme team to verify it.");
        }

        var before = OrganisationSnapshot.Of(organisation);
        var now = clock.GetUtcNow();
        var actor = Actor.From(user);
        var signature = new AccordSignature
        {
            Id = Guid.CreateVersion7(),
            OrganisationId = organisation.Id,
            DeclarationVersion = options.Value.DeclarationVersion,
            SignedByName = OrganisationRules.Tidy(input.SignedByName)!,
            SignedByRole = OrganisationRules.Tidy(input.SignedByRole)!,
            SignedOn = signedOn,
            CreatedAt = now,
            CreatedBy = actor.Id,
        };
        db.Signatures.Add(signature);
        if (!organisation.Signatures.Contains(signature))
        {
            organisation.Signatures.Add(signature);
        }
        organisation.RefreshStatus();
        organisation.Touch(now);
        db.Record(organisation, actor, "AccordSigned", before, now);
        db.Publish(new AccordSigned(organisation.Id, signature.Id, signature.DeclarationVersion, signedOn), now);
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        outbox.Notify();
        return organisation;
    }
}
