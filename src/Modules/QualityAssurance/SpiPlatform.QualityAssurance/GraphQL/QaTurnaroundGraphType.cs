using GraphQL.Types;
using SpiPlatform.QualityAssurance.Domain;

namespace SpiPlatform.QualityAssurance.GraphQL;

internal sealed class SlaStateGraphType : EnumerationGraphType<SlaState>
{
    public SlaStateGraphType()
    {
        Name = "QaSlaState";
        Description = "A round against the turnaround target: open rounds are ON_TRACK, DUE_SOON or OVERDUE; decided ones MET or MISSED.";
    }
}

internal sealed class QaTurnaroundGraphType : ObjectGraphType<QaTurnaround>
{
    public QaTurnaroundGraphType()
    {
        Name = "QaTurnaround";
        Description = "A round's turnaround in Welsh working days (weekends and bank holidays of England and Wales skipped).";
        Field(t => t.WorkingDays).Description("Working days from submission to the decision, or to today while open.");
        Field(t => t.TargetWorkingDays);
        Field<NonNullGraphType<DateOnlyGraphType>>("dueOn").Resolve(c => c.Source.DueOn);
        Field<NonNullGraphType<SlaStateGraphType>>("state").Resolve(c => c.Source.State);
    }
}
