using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Protocols.Features.ManageLegalBases;

internal sealed record AddLegalBasisInput(string? Code, string? NameEn, string? NameCy, LegalBasisGroup? Group);

internal sealed record RetireLegalBasisInput(string? Code, int Version);

/// <summary>
/// The programme team keeps the list of legal bases without a release: adds an entry, or retires one so that new
/// drafts are no longer offered it (agreements that cite it keep it). Entries are never deleted or renamed in place.
/// </summary>
internal sealed class ManageLegalBasesHandler(ProtocolsDbContext db, TimeProvider clock)
{
    public async Task<Result<LegalBasis>> AddAsync(AddLegalBasisInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!MayManage(user))
        {
            return Forbidden;
        }
        var code = input.Code?.Trim() ?? "";
        var problems = new List<Problem>();
        if (!LegalBasisCodes.IsWellFormed(code))
        {
            problems.Add(Problem.Invalid("code", "Enter a code of letters and digits in PascalCase, starting with a capital, such as UkGdprArticle6E (at most 100 characters)."));
        }
        else if (await db.LegalBases.AnyAsync(b => b.Code == code, ct))
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, "code", "{0} is already on the list of legal bases.", code));
        }
        var nameEn = input.NameEn?.Trim() ?? "";
        var nameCy = input.NameCy?.Trim() ?? "";
        if (nameEn.Length is 0 or > LegalBasis.MaxNameLength)
        {
            problems.Add(Problem.Invalid("nameEn", "Enter the basis's name in English (at most 300 characters)."));
        }
        if (nameCy.Length is 0 or > LegalBasis.MaxNameLength)
        {
            problems.Add(Problem.Invalid("nameCy", "Enter the basis's name in Welsh (at most 300 characters)."));
        }
        if (input.Group is not { } group || !Enum.IsDefined(group))
        {
            problems.Add(Problem.Invalid("group", "Choose the group the basis belongs to."));
        }
        if (problems.Count > 0)
        {
            return Result<LegalBasis>.Fail(problems);
        }
        var last = await db.LegalBases.Where(b => b.Group == input.Group).MaxAsync(b => (int?)b.SortOrder, ct) ?? 0;
        var basis = new LegalBasis { Code = code, NameEn = nameEn, NameCy = nameCy, Group = input.Group!.Value, SortOrder = last + 10 };
        db.LegalBases.Add(basis);
        return await db.TrySaveAsync(Stale, _ => Problem.Describe(ErrorCodes.Conflict, "code", "{0} was added to the list at the same time by someone else.", code), ct) is { } problem
            ? problem
            : basis;
    }

    public async Task<Result<LegalBasis>> RetireAsync(RetireLegalBasisInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!MayManage(user))
        {
            return Forbidden;
        }
        var code = input.Code?.Trim();
        if (await db.LegalBases.FirstOrDefaultAsync(b => b.Code == code, ct) is not { } basis)
        {
            return Problem.NotFound("There is no legal basis with that code.");
        }
        if (basis.Version != input.Version)
        {
            return Problem.Describe(ErrorCodes.Conflict, "version", "Someone else changed this legal basis (it is now at version {0}, you had version {1}). Reload the list and try again.", basis.Version, input.Version);
        }
        if (basis.RetiredAt is not null)
        {
            return Problem.Conflict("That legal basis is already retired.", "code");
        }
        basis.RetiredAt = clock.GetUtcNow();
        basis.Version++;
        return await db.TrySaveAsync(Stale, _ => Stale, ct) is { } problem ? problem : basis;
    }

    public static bool MayManage(ClaimsPrincipal user) => user.IsInRole(SpiRoles.ProgrammeTeam);

    private static Problem Forbidden => Problem.Forbidden("Only the programme team may change the list of legal bases.");

    private static Problem Stale => Problem.Conflict("Someone else changed this legal basis at the same time. Reload the list and try again.", "version");
}
