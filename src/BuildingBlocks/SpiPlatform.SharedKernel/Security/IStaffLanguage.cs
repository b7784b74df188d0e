namespace SpiPlatform.SharedKernel.Security;

/// <summary>
/// The language a member of staff wants their mail in, kept on their account as the <see cref="SpiClaims.PreferredLanguage"/>
/// claim (what <see cref="OrganisationMember.PreferredLanguage"/> reads). The host owns accounts.
/// </summary>
public interface IStaffLanguage
{
    /// <summary><c>cy</c> or <c>en</c> when the account with <paramref name="email"/> has chosen one, else null (both).</summary>
    Task<string?> GetAsync(string email, CancellationToken ct);

    /// <summary>Sets <c>cy</c> or <c>en</c>, or with null clears the choice (mail in both); false when there is no such account.</summary>
    Task<bool> SetAsync(string email, string? language, CancellationToken ct);
}
