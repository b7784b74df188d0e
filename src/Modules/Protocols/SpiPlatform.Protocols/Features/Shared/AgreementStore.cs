using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.Protocols.Features.Shared;

/// <summary>
/// Loading agreements with their partners and flows. What the caller may not read is not there for them: every page,
/// handler and GraphQL field that finds an agreement for a caller goes through <see cref="FindReadableAsync"/>.
/// </summary>
internal static class AgreementStore
{
    public static Task<Agreement?> FindAsync(this ProtocolsDbContext db, Guid id, CancellationToken ct)
        => db.Agreements.Include(a => a.Partners).Include(a => a.Flows).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>The agreement by id or, failing that, by reference (any case), if the caller may read it; else null.</summary>
    public static async Task<Agreement?> FindReadableAsync(
        this ProtocolsDbContext db, Guid? id, string? reference, ClaimsPrincipal user, CancellationToken ct, bool track = false)
    {
        var wanted = reference?.Trim().ToUpperInvariant();
        var query = db.Agreements.Include(a => a.Partners).Include(a => a.Flows).AsSplitQuery();
        var agreement = id is { } byId
            ? await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == byId, ct)
            : wanted is { Length: > 0 } ? await (track ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Reference == wanted, ct) : null;
        return agreement is not null && ProtocolsAccess.CanRead(user, agreement) ? agreement : null;
    }

    /// <summary>A draft the user may edit, at the version they last saw (tracked, to be changed and saved).</summary>
    public static async Task<Result<Agreement>> LoadDraftAsync(this ProtocolsDbContext db, Guid id, int? version, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.FindReadableAsync(id, null, user, ct, track: true) is not { } agreement)
        {
            return NotFound;
        }
        if (!ProtocolsAccess.CanEdit(user, agreement))
        {
            return Problem.Forbidden("Only the partners' editors, the programme team or a client with protocols:write may change this agreement.");
        }
        if (agreement.Status != AgreementStatus.Draft)
        {
            return Problem.Conflict("Only a draft can be edited. Start a new draft from this agreement instead.");
        }
        if (version is { } v && v != agreement.Version)
        {
            return Problem.Describe(ErrorCodes.Conflict, "version", "Someone else changed this agreement (it is now at version {0}, you had version {1}). Reload it and make your change again.", agreement.Version, v);
        }
        return agreement;
    }

    public static Problem NotFound => Problem.NotFound("There is no agreement with that id.");

    public static async Task<string> NextReferenceAsync(this ProtocolsDbContext db, AgreementKind kind, int year, CancellationToken ct)
    {
        var number = await db.Database.SqlQuery<int>($"SELECT nextval('protocols.agreement_numbers')::int AS \"Value\"").SingleAsync(ct);
        return $"{kind.ToString().ToUpperInvariant()}-{year}-{number:0000}";
    }
}
