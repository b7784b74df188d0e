using System.Net.Mail;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.QualityAssurance.Features.ManageGroups;

internal sealed record SetGroupMemberInput(Guid GroupId, string? Email, string? DisplayName, bool IsLead);

internal sealed record RemoveGroupMemberInput(Guid GroupId, string? Email);

/// <summary>The programme team adds reviewers to QA groups (or changes whether they lead it) and removes them.</summary>
internal sealed class ManageGroupMembersHandler(QualityAssuranceDbContext db)
{
    public async Task<Result<QaGroup>> SetAsync(SetGroupMemberInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await LoadAsync(input.GroupId, user, ct) is not { } group)
        {
            return Refusal(user);
        }
        var email = input.Email?.Trim().ToLowerInvariant() ?? "";
        if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            return Problem.Invalid("email", "Enter the reviewer's email address, like name@example.org.");
        }
        var name = input.DisplayName?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200)
        {
            return Problem.Invalid("displayName", "Enter the reviewer's name (at most 200 characters).");
        }
        var member = group.Members.FirstOrDefault(m => m.Email == email);
        if (member is null)
        {
            group.Members.Add(new QaGroupMember { Id = Guid.CreateVersion7(), GroupId = group.Id, Email = email, DisplayName = name, IsLead = input.IsLead });
        }
        else
        {
            member.DisplayName = name;
            member.IsLead = input.IsLead;
        }
        return await SaveAsync(group, ct);
    }

    public async Task<Result<QaGroup>> RemoveAsync(RemoveGroupMemberInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await LoadAsync(input.GroupId, user, ct) is not { } group)
        {
            return Refusal(user);
        }
        var email = input.Email?.Trim().ToLowerInvariant();
        var member = group.Members.FirstOrDefault(m => m.Email == email);
        if (member is null)
        {
            return Problem.Invalid("email", "That person is not a member of this group.");
        }
        group.Members.Remove(member);
        return await SaveAsync(group, ct);
    }

    private async Task<QaGroup?> LoadAsync(Guid groupId, ClaimsPrincipal user, CancellationToken ct)
        => user.IsInRole(SpiRoles.ProgrammeTeam) ? await db.Groups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == groupId, ct) : null;

    private static Problem Refusal(ClaimsPrincipal user)
        => user.IsInRole(SpiRoles.ProgrammeTeam)
            ? Problem.NotFound("There is no such QA group.")
            : Problem.Forbidden("Only the programme team may change who is in a QA group.");

    private async Task<Result<QaGroup>> SaveAsync(QaGroup group, CancellationToken ct)
    {
        var problem = await db.TrySaveAsync(
            Problem.Conflict("Someone else changed this group at the same time. Reload the page and try again."),
            _ => Problem.Conflict("That person was added to the group at the same time by someone else."), ct);
        if (problem is not null)
        {
            return problem;
        }
        group.Members = [.. group.Members.OrderBy(m => m.DisplayName)];
        return group;
    }
}
