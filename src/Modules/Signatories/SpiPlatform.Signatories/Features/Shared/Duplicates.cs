using Microsoft.EntityFrameworkCore;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Features.Shared;

/// <summary>One record per organisation: refuses a name or identifier another organisation already has.</summary>
internal static class Duplicates
{
    public static async Task<List<Problem>> FindAsync(SignatoriesDbContext db, OrganisationDetails clean, Guid? except, CancellationToken ct)
    {
        var problems = new List<Problem>();
        var others = db.Organisations.AsNoTracking().Where(o => o.Id != except);
        var names = new[] { clean.NameEn!.ToLower(), clean.NameCy!.ToLower() };
        var sameName = await others.Where(o => names.Contains(o.NameEn.ToLower()) || names.Contains(o.NameCy.ToLower()))
            .Select(o => o.NameEn).FirstOrDefaultAsync(ct);
        if (sameName is not null)
        {
            problems.Add(Problem.Describe(ErrorCodes.Conflict, "nameEn", "'{0}' is already registered. Search the register and ask its editors to add you.", sameName));
        }
        await Check(clean.OdsCode, "odsCode", "NHS ODS code", o => o.OdsCode == clean.OdsCode);
        await Check(clean.CharityNumber, "charityNumber", "charity number", o => o.CharityNumber == clean.CharityNumber);
        await Check(clean.CompanyNumber, "companyNumber", "company number", o => o.CompanyNumber == clean.CompanyNumber);
        await Check(clean.IcoNumber, "icoNumber", "ICO registration number", o => o.IcoNumber == clean.IcoNumber);
        return problems;

        async Task Check(string? value, string field, string label, System.Linq.Expressions.Expression<Func<Domain.Organisation, bool>> same)
        {
            if (value is not null && await others.Where(same).Select(o => o.NameEn).FirstOrDefaultAsync(ct) is { } holder)
            {
                problems.Add(Problem.Describe(ErrorCodes.Conflict, field, "The {0} {1} belongs to '{2}', which is already registered.", label, value, holder));
            }
        }
    }
}
