using System.Security.Claims;

namespace SpiPlatform.SharedKernel.Security;

/// <summary>Ties a staff account to the organisation it edits (the host owns accounts; the Signatories module owns organisations).</summary>
public interface IOrganisationMembership
{
    /// <summary>
    /// Makes <paramref name="user"/>, an organisation editor with no organisation yet, the editor of
    /// <paramref name="organisationId"/>; when they are the signed-in user of the current request, their sign-in is
    /// refreshed so the change applies at once. Returns false if the account already edits an organisation, is not an
    /// organisation editor, or is no staff account (an OAuth client).
    /// </summary>
    Task<bool> LinkEditorAsync(ClaimsPrincipal user, Guid organisationId, CancellationToken ct);

    /// <summary>The display name of the staff account with <paramref name="email"/> if it belongs to <paramref name="organisationId"/>, else null.</summary>
    Task<string?> MemberNameAsync(string email, Guid organisationId, CancellationToken ct);

    /// <summary>The staff accounts that belong to <paramref name="organisationId"/>, by email: who is told of its reminders.</summary>
    Task<IReadOnlyList<OrganisationMember>> MembersAsync(Guid organisationId, CancellationToken ct);
}

/// <summary>A staff account that belongs to an organisation.</summary>
/// <param name="Email">The account's email (its sign-in name).</param>
/// <param name="DisplayName">The name shown for it.</param>
/// <param name="PreferredLanguage"><c>cy</c> or <c>en</c> when the person has said which they prefer (the <see cref="SpiClaims.PreferredLanguage"/> claim), else null.</param>
public sealed record OrganisationMember(string Email, string DisplayName, string? PreferredLanguage);
