using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.QualityAssurance.Features.ManageSignOffRights;

/// <summary>Grants the right to <see cref="Email"/>; <see cref="OrganisationId"/> defaults to the caller's own organisation.</summary>
internal sealed record GrantSignOffRightInput(Guid? OrganisationId, string? Email, string? SignatoryRole);

internal sealed record RevokeSignOffRightInput(Guid RightId);

/// <summary>
/// An organisation's editor (or the programme team, for any organisation) says who may sign agreements off for it: a
/// person with an account of that organisation, by email. Revoking keeps the row. At most one current right per
/// person and organisation: a duplicate is a CONFLICT, also when two grants race (the filtered unique index).
/// </summary>
internal sealed class ManageSignOffRightsHandler(QualityAssuranceDbContext db, IOrganisationMembership membership, TimeProvider clock)
{
    public async Task<Result<QaSignOffRight>> GrantAsync(GrantSignOffRightInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if ((input.OrganisationId ?? user.OrganisationIdOf()) is not { } organisationId)
        {
            return Problem.Invalid("organisationId", "Say which organisation the right is for.");
        }
        if (!SignOffAccess.MayManageRights(user, organisationId))
        {
            return Problem.Forbidden("Only an editor of the organisation may say who signs off for it.");
        }
        var email = input.Email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(email))
        {
            return Problem.Invalid("email", "Give the email address of the person who will sign off.");
        }
        var role = input.SignatoryRole?.Trim();
        if (role?.Length > 200)
        {
            return Problem.Invalid("signatoryRole", "Keep the signatory's role to 200 characters or fewer.");
        }
        if (await membership.MemberNameAsync(email, organisationId, ct) is not { } name)
        {
            return Problem.Invalid("email", "There is no account with that email address in the organisation.");
        }
        if (await db.SignOffRights.AnyAsync(r => r.OrganisationId == organisationId && r.Email == email && r.RevokedAt == null, ct))
        {
            return Problem.Conflict("That person already has the right to sign off for the organisation.", "email");
        }
        var right = new QaSignOffRight
        {
            Id = Guid.CreateVersion7(), OrganisationId = organisationId, Email = email, DisplayName = name,
            SignatoryRole = string.IsNullOrEmpty(role) ? null : role, GrantedBy = Actor.From(user).Id, GrantedAt = clock.GetUtcNow(),
        };
        db.SignOffRights.Add(right);
        if (await SaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return right;
    }

    public async Task<Result<QaSignOffRight>> RevokeAsync(RevokeSignOffRightInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var right = await db.SignOffRights.FirstOrDefaultAsync(r => r.Id == input.RightId, ct);
        if (right is null)
        {
            return Problem.NotFound("There is no such sign-off right.");
        }
        if (!SignOffAccess.MayManageRights(user, right.OrganisationId))
        {
            return Problem.Forbidden("Only an editor of the organisation may say who signs off for it.");
        }
        if (right.RevokedAt is not null)
        {
            return Problem.Conflict("That right has already been revoked.");
        }
        right.RevokedAt = clock.GetUtcNow();
        right.RevokedBy = Actor.From(user).Id;
        if (await SaveAsync(ct) is { } conflict)
        {
            return conflict;
        }
        return right;
    }

    /// <summary>Rights carry no version: the only race is two grants of one person, which the unique index settles.</summary>
    private Task<Problem?> SaveAsync(CancellationToken ct)
        => db.TrySaveAsync(Problem.Conflict("That right has already been revoked."),
            _ => Problem.Conflict("That person already has the right to sign off for the organisation.", "email"), ct);

    /// <summary>The organisation's rights, current first, then the revoked ones newest first.</summary>
    public async Task<List<QaSignOffRight>> ListAsync(Guid organisationId, CancellationToken ct)
        => await db.SignOffRights.AsNoTracking().Where(r => r.OrganisationId == organisationId)
            .OrderBy(r => r.RevokedAt != null).ThenByDescending(r => r.RevokedAt).ThenBy(r => r.DisplayName).ToListAsync(ct);
}
