using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Data;
using SpiPlatform.Signatories.Domain;
using SpiPlatform.Signatories.Features.Shared;

namespace SpiPlatform.Signatories.GraphQL;

internal sealed class OrganisationGraphType : ObjectGraphType<Organisation>
{
    public OrganisationGraphType()
    {
        Name = "Organisation";
        Description = "A body on the WASPI Accord register.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(o => o.NameEn).Description("The name in English.");
        Field(o => o.NameCy).Description("The name in Welsh (the English name when it has none).");
        Field<NonNullGraphType<OrganisationSectorGraphType>>("sector").Resolve(c => c.Source.Sector);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceAreaGraphType>>>>("areas").Resolve(c => c.Source.Areas);
        Field<NonNullGraphType<AccordStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field<DateOnlyGraphType>("signedOn").Description("When the latest signature was signed.").Resolve(c => c.Source.SignedOn);
        Field(o => o.Version).Description("Send this back with an update; a stale version is refused with CONFLICT.");
        Field(o => o.OdsCode, nullable: true).Description("NHS ODS code.");
        Field(o => o.CharityNumber, nullable: true);
        Field(o => o.CompanyNumber, nullable: true);
        Field(o => o.IcoNumber, nullable: true).Description("ICO data protection registration number.");
        Field(o => o.Website, nullable: true);
        Field(o => o.RegisteredAt);
        Field<IdGraphType>("leadOrganisationId").Resolve(c => c.Source.LeadOrganisationId);
        Field<OrganisationGraphType>("leadOrganisation")
            .Description("The organisation that registered and manages this one, if any.")
            .Resolve(c => c.Source.LeadOrganisationId is { } lead
                ? c.RequestServices!.GetRequiredService<IOrganisationGraph>().Load(c, lead)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccordSignatureGraphType>>>>("signatures")
            .Description("Every signature, newest first.")
            .Resolve(c => c.Source.Signatures.OrderByDescending(s => s.CreatedAt).ToList());
        Field<AddressGraphType>("address")
            .RequireAccess(SignatoriesAccess.ReadContactsScopes, SignatoriesAccess.StaffRoles)
            .Resolve(c => c.Source);
        Field<DesignatedPersonGraphType>("designatedPerson")
            .RequireAccess(SignatoriesAccess.ReadContactsScopes, SignatoriesAccess.StaffRoles)
            .Resolve(c => c.Source.DesignatedPerson);
        Field<ListGraphType<NonNullGraphType<HistoryEntryGraphType>>>("history")
            .Description("Every change, oldest first, with the organisation before and after. Null without read access.")
            .RequireAccess(SignatoriesAccess.ReadContactsScopes, SignatoriesAccess.StaffRoles)
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<SignatoriesDbContext>().History.AsNoTracking()
                .Where(h => h.OrganisationId == c.Source.Id).OrderBy(h => h.Id).ToListAsync(c.CancellationToken));
    }
}

internal sealed class AddressGraphType : ObjectGraphType<Organisation>
{
    public AddressGraphType()
    {
        Name = "Address";
        Field("line1", o => o.AddressLine1, nullable: true);
        Field("line2", o => o.AddressLine2, nullable: true);
        Field(o => o.Town, nullable: true);
        Field(o => o.Postcode, nullable: true);
    }
}

internal sealed class DesignatedPersonGraphType : ObjectGraphType<DesignatedPerson>
{
    public DesignatedPersonGraphType()
    {
        Name = "DesignatedPerson";
        Description = "The organisation's Designated Person / data-protection contact.";
        Field(p => p.Name);
        Field(p => p.Role);
        Field(p => p.Email);
        Field(p => p.Phone, nullable: true);
    }
}

internal sealed class AccordSignatureGraphType : ObjectGraphType<AccordSignature>
{
    public AccordSignatureGraphType()
    {
        Name = "AccordSignature";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(s => s.DeclarationVersion);
        Field(s => s.SignedByName);
        Field(s => s.SignedByRole);
        Field<NonNullGraphType<DateOnlyGraphType>>("signedOn").Resolve(c => c.Source.SignedOn);
        Field<NonNullGraphType<SignatureStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field(s => s.DecidedAt, nullable: true);
        Field(s => s.Reason, nullable: true).Description("Why it was rejected, withdrawn or lapsed.");
        Field<DateOnlyGraphType>("renewalDueOn").Resolve(c => c.Source.RenewalDueOn);
    }
}

internal sealed class HistoryEntryGraphType : ObjectGraphType<HistoryEntry>
{
    public HistoryEntryGraphType()
    {
        Name = "OrganisationHistoryEntry";
        Field(h => h.At);
        Field("by", h => h.ActorName);
        Field(h => h.Action);
        Field(h => h.Before, nullable: true).Description("The organisation before, as JSON.");
        Field(h => h.After).Description("The organisation after, as JSON.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changedFields")
            .Resolve(c => OrganisationSnapshot.ChangedFields(c.Source.Before, c.Source.After));
    }
}
