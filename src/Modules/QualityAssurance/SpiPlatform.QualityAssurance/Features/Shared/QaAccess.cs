using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.QualityAssurance.Features.Shared;

/// <summary>Who may read the QA queues and who may act on a group's submissions.</summary>
internal static class QaAccess
{
    public static readonly string[] ReadScopes = [SpiScopes.QaWrite];
    public static readonly string[] ReadRoles = [SpiRoles.QaReviewer, SpiRoles.ProgrammeTeam];

    public static bool MayRead(ClaimsPrincipal user) => user.HasScopeOrRole(ReadScopes, ReadRoles);

    /// <summary>The email a member of staff is known by in groups (null for an OAuth client).</summary>
    public static string? StaffEmail(ClaimsPrincipal user)
        => Actor.ClientIdOf(user) is not null
            ? null
            : user.FindFirst(ClaimTypes.Email)?.Value ?? user.Identity?.Name;

    /// <summary>The ids of the groups the caller reviews for.</summary>
    public static async Task<List<Guid>> GroupsOfAsync(this QualityAssuranceDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(SpiRoles.QaReviewer) || StaffEmail(user) is not { } email)
        {
            return [];
        }
        var normalised = email.ToLowerInvariant();
        return await db.Members.Where(m => m.Email == normalised).Select(m => m.GroupId).ToListAsync(ct);
    }

    /// <summary>The ids of the groups the caller leads.</summary>
    public static async Task<List<Guid>> GroupsLedByAsync(this QualityAssuranceDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.IsInRole(SpiRoles.QaReviewer) || StaffEmail(user) is not { } email)
        {
            return [];
        }
        var normalised = email.ToLowerInvariant();
        return await db.Members.Where(m => m.Email == normalised && m.IsLead).Select(m => m.GroupId).ToListAsync(ct);
    }

    /// <summary>A client with qa:write, or a QA reviewer who is a member of the group.</summary>
    public static async Task<bool> MayActForGroupAsync(this QualityAssuranceDbContext db, ClaimsPrincipal user, Guid groupId, CancellationToken ct)
        => user.Scopes().Contains(SpiScopes.QaWrite) || (await db.GroupsOfAsync(user, ct)).Contains(groupId);

    /// <summary>
    /// Which side the caller writes on: the reviewers (a reviewer of the group, or a qa:write client), the partners (a user
    /// of the coordinating organisation), or null when neither.
    /// </summary>
    public static async Task<CommentSide?> SideOfAsync(this QualityAssuranceDbContext db, QaSubmission submission, ClaimsPrincipal user, CancellationToken ct)
        => await db.MayActForGroupAsync(user, submission.GroupId, ct) ? CommentSide.Reviewer
            : IsOfCoordinator(user, submission) ? CommentSide.Partners
            : null;

    /// <summary>Whether the caller is a user of the submission's coordinating organisation.</summary>
    public static bool IsOfCoordinator(ClaimsPrincipal user, QaSubmission submission)
        => user.OrganisationIdOf() is { } own && own == submission.CoordinatorId && submission.CoordinatorId != Guid.Empty;
}
