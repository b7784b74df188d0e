using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.Protocols.Features.Shared;

internal static class AgreementStore
{
    public static Task<Agreement?> FindAsync(this ProtocolsDbContext db, Guid id, CancellationToken ct)
        => db.Agreements.Include(a => a.Partners).Include(a => a.Flows).FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>A draft the user may edit, at the version they last saw.</summary>
    public static async Task<Result<Agreement>> LoadDraftAsync(this ProtocolsDbContext db, Guid id, int? version, ClaimsPrincipal user, CancellationToken ct)
    {
        var agreement = await db.FindAsync(id, ct);
        if (agreement is null || !ProtocolsAccess.CanRead(user, agreement))
        {
            return Problem.NotFound("There is no agreement with that id.");
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

    public static async Task<Problem?> TrySaveAsync(this ProtocolsDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Problem.Conflict("Someone else changed this agreement while you were editing. Reload it and make your change again.", "version");
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return Problem.Conflict("That change clashes with another agreement.");
        }
    }

    public static async Task<string> NextReferenceAsync(this ProtocolsDbContext db, AgreementKind kind, int year, CancellationToken ct)
    {
        var number = await db.Database.SqlQuery<int>($"SELECT nextval('protocols.agreement_numbers')::int AS \"Value\"").SingleAsync(ct);
        return $"{kind.ToString().ToUpperInvariant()}-{year}-{number:0000}";
    }
}
