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
        // One whole sentence per identifier, so each reads naturally in Welsh too.
        await Check(clean.OdsCode, "odsCode", "The NHS ODS code {0} belongs to '{1}', which is already registered.", o => o.OdsCode == clean.OdsCode);
        await Check(clean.CharityNumber, "charityNumber", "The charity number {0} belongs to '{1}', which is already registered.", o => o.CharityNumber == clean.CharityNumber);
        await Check(clean.CompanyNumber, "companyNumber", "The company number {0} belongs to '{1}', which is already registered.", o => o.CompanyNumber == clean.CompanyNumber);
        await Check(clean.IcoNumber, "icoNumber", "The ICO registration number {0} belongs to '{1}', which is already registered.", o => o.IcoNumber == clean.IcoNumber);
        return problems;

        async Task Check(string? value, string field, string template, System.Linq.Expressions.Expression<Func<Domain.Organisation, bool>> same)
        {
            if (value is not null && await others.Where(same).Select(o => o.NameEn).FirstOrDefaultAsync(ct) is { } holder)
            {
                problems.Add(Problem.Describe(ErrorCodes.Conflict, field, template, value, holder));
            }
        }
    }
}
