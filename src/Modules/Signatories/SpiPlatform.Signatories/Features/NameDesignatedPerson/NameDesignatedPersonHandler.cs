using System.Net.Mail;
using System.Security.Claims;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.Shared;

namespace SpiPlatform.Signatories.Features.NameDesignatedPerson;

internal sealed record DesignatedPersonInput(string? Name, string? Role, string? Email, string? Phone);

/// <summary>Names the organisation's Designated Person (its data-protection contact).</summary>
internal sealed class NameDesignatedPersonHandler(SignatoriesDbContext db, TimeProvider clock)
{
    public async Task<Result<Organisation>> HandleAsync(Guid id, int version, DesignatedPersonInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        var problems = new List<Problem>();
        var name = OrganisationRules.Tidy(input.Name);
        var role = OrganisationRules.Tidy(input.Role);
        var email = OrganisationRules.Tidy(input.Email);
        var phone = OrganisationRules.Tidy(input.Phone);
        if (name is null)
        {
            problems.Add(Problem.Invalid("name", "Enter the Designated Person's full name."));
        }
        if (role is null)
        {
            problems.Add(Problem.Invalid("role", "Enter the Designated Person's job title."));
        }
        if (email is null || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal))
        {
            problems.Add(Problem.Invalid("email", "Enter an email address in the correct format, like name@example.gov.wales."));
        }
        if (phone is not null && !phone.All(c => char.IsDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))
        {
            problems.Add(Problem.Invalid("phone", "Enter a telephone number, like 029 2082 3411."));
        }
        if (problems.Count > 0)
        {
            return Result<Organisation>.Fail(problems);
        }

        var loaded = await db.LoadForEditAsync(id, version, user, ct);
        if (loaded.Value is not { } organisation)
        {
            return loaded;
        }
        var before = OrganisationSnapshot.Of(organisation);
        organisation.DesignatedPerson = new DesignatedPerson(name!, role!, email!, phone);
        var now = clock.GetUtcNow();
        organisation.Touch(now);
        db.Record(organisation, Actor.From(user), "DesignatedPersonNamed", before, now);
        return await db.TrySaveAsync(ct) is { } conflict ? conflict : organisation;
    }
}
