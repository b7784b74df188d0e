using GraphQL.Resolvers;
using GraphQL.Types;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.Features.ViewAgreementQa;

internal sealed class SignOffStateGraphType : EnumerationGraphType<SignOffState>
{
    public SignOffStateGraphType()
    {
        Name = "QaSignOffState";
        Description = "A partner's sign-off of a quality-assured agreement.";
    }
}

internal sealed class QaAgreementRoundGraphType : ObjectGraphType<QaRoundView>
{
    public QaAgreementRoundGraphType()
    {
        Name = "QaAgreementRound";
        Field<NonNullGraphType<IntGraphType>>("number").Resolve(c => c.Source.Round.Number);
        Field<NonNullGraphType<IntGraphType>>("agreementVersion").Resolve(c => c.Source.Round.AgreementVersion);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("submittedAt").Resolve(c => c.Source.Round.SubmittedAt);
        Field<QaSubmissionStateGraphType>("outcome").Resolve(c => c.Source.Round.Outcome);
        Field<DateTimeOffsetGraphType>("decidedAt").Resolve(c => c.Source.Round.DecidedAt);
        Field<StringGraphType>("changesRequired").Description("What the partners were asked to change, when returned.")
            .Resolve(c => c.Source.Round.Outcome == QaSubmissionState.Returned ? c.Source.Round.OutcomeReason : null);
        Field<NonNullGraphType<QaTurnaroundGraphType>>("turnaround").Resolve(c => c.Source.Turnaround);
    }
}

internal sealed class QaTimelineEntryGraphType : ObjectGraphType<QaTimelineEntry>
{
    public QaTimelineEntryGraphType()
    {
        Name = "QaTimelineEntry";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<QaSubmissionStateGraphType>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<QaSubmissionStateGraphType>>("to").Resolve(c => c.Source.To);
        Field<StringGraphType>("reason").Resolve(c => c.Source.Reason);
        Field<StringGraphType>("actor").Description("Who did it (staff:email or client:id); null unless you are signed in.").Resolve(c => c.Source.Actor);
    }
}

internal sealed class QaAgreementSignOffGraphType : ObjectGraphType<QaSignOffView>
{
    public QaAgreementSignOffGraphType()
    {
        Name = "QaAgreementSignOff";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Resolve(c => c.Source.SignOff.OrganisationId);
        Field<NonNullGraphType<StringGraphType>>("organisationNameEn").Resolve(c => c.Source.OrganisationNameEn);
        Field<NonNullGraphType<StringGraphType>>("organisationNameCy").Resolve(c => c.Source.OrganisationNameCy);
        Field<NonNullGraphType<SignOffStateGraphType>>("state").Resolve(c => c.Source.SignOff.State);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("since").Description("When the partner was asked.").Resolve(c => c.Source.SignOff.RequestedAt);
        Field<DateTimeOffsetGraphType>("decidedAt").Resolve(c => c.Source.SignOff.DecidedAt);
        Field<StringGraphType>("signatoryRole").Resolve(c => c.Source.SignOff.SignatoryRole);
    }
}

internal sealed class QaAgreementGraphType : ObjectGraphType<AgreementQaView>
{
    public QaAgreementGraphType()
    {
        Name = "QaAgreement";
        Description = "Where an agreement stands in quality assurance and partner sign-off.";
        Field<NonNullGraphType<QaSubmissionStateGraphType>>("state").Resolve(c => c.Source.Submission.State);
        Field<StringGraphType>("qaReference").Resolve(c => c.Source.Submission.QaReference);
        Field<DateOnlyGraphType>("qualityAssuredOn").Resolve(c => c.Source.Submission.QualityAssuredOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QaAgreementRoundGraphType>>>>("rounds").Resolve(c => c.Source.Rounds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QaTimelineEntryGraphType>>>>("timeline").Description("Oldest first.").Resolve(c => c.Source.Timeline);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QaAgreementSignOffGraphType>>>>("signOffs")
            .Description("The current round's partner sign-offs: outstanding first.").Resolve(c => c.Source.SignOffs);
    }
}

/// <summary>The agreement's <c>qa</c> field: the same read as the QA panel on the agreement page.</summary>
internal sealed class AgreementQaField : IObjectTypeExtension
{
    public string TypeName => "Agreement";

    public void Extend(IObjectGraphType type, Func<object, Guid> idOf)
        => type.AddField(new FieldType
        {
            Name = "qa",
            Description = "Its quality assurance: rounds, timeline and partner sign-offs (null if never submitted).",
            Type = typeof(QaAgreementGraphType),
            Resolver = new FuncFieldResolver<object?>(async c =>
                await c.Service<AgreementQaReader>().ForAsync(idOf(c.Source!), c.User ?? new System.Security.Claims.ClaimsPrincipal(), c.CancellationToken)),
        });
}
