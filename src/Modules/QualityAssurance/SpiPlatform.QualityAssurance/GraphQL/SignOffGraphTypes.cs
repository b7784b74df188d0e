using GraphQL.Types;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.ViewSignOff;

namespace SpiPlatform.QualityAssurance.GraphQL;

internal sealed class SignOffStateGraphType : EnumerationGraphType<SignOffState>
{
    public SignOffStateGraphType()
    {
        Name = "SignOffState";
        Description = "Where one partner's sign-off of a quality-assured round stands.";
    }
}

internal sealed class QaSignOffGraphType : ObjectGraphType<SignOffLine>
{
    public QaSignOffGraphType()
    {
        Name = "QaSignOff";
        Description = "One partner organisation's sign-off of the current round.";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Resolve(c => c.Source.SignOff.OrganisationId);
        Field<NonNullGraphType<StringGraphType>>("organisationNameEn").Resolve(c => c.Source.NameEn);
        Field<NonNullGraphType<StringGraphType>>("organisationNameCy").Resolve(c => c.Source.NameCy);
        Field<NonNullGraphType<SignOffStateGraphType>>("state").Resolve(c => c.Source.SignOff.State);
        Field<NonNullGraphType<IntGraphType>>("round").Resolve(c => c.Source.SignOff.RoundNumber);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("since").Description("When the partner was asked.").Resolve(c => c.Source.SignOff.RequestedAt);
        Field<DateTimeOffsetGraphType>("decidedAt").Resolve(c => c.Source.SignOff.DecidedAt);
        Field<StringGraphType>("decidedByName").Resolve(c => c.Source.SignOff.DecidedByName);
        Field<StringGraphType>("signatoryRole").Description("The signatory's position, e.g. Caldicott Guardian.").Resolve(c => c.Source.SignOff.SignatoryRole);
        Field<StringGraphType>("reason").Description("Why the partner declined.").Resolve(c => c.Source.SignOff.Reason);
        Field<NonNullGraphType<IntGraphType>>("version").Description("Send it back with signOff or declineSignOff.").Resolve(c => c.Source.SignOff.Version);
    }
}

internal sealed class QaSignOffProgressGraphType : ObjectGraphType<SignOffProgress>
{
    public QaSignOffProgressGraphType()
    {
        Name = "QaSignOffProgress";
        Field(p => p.Signed);
        Field(p => p.Total);
        Field<NonNullGraphType<IntGraphType>>("outstanding").Resolve(c => c.Source.Outstanding);
    }
}

internal sealed class QaSignOffRightGraphType : ObjectGraphType<QaSignOffRight>
{
    public QaSignOffRightGraphType()
    {
        Name = "QaSignOffRight";
        Description = "A person whom their organisation has authorised to sign agreements off for it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("organisationId").Resolve(c => c.Source.OrganisationId);
        Field(r => r.Email);
        Field(r => r.DisplayName);
        Field(r => r.SignatoryRole, nullable: true);
        Field(r => r.GrantedBy);
        Field(r => r.GrantedAt);
        Field(r => r.RevokedBy, nullable: true);
        Field(r => r.RevokedAt, nullable: true);
    }
}
