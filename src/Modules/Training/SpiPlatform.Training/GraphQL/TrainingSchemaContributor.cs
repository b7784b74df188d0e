using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Training.Features.CancelNeed;
using SpiPlatform.Training.Features.ChangeSessionCapacity;
using SpiPlatform.Training.Features.Enrol;
using SpiPlatform.Training.Features.FindFacilitators;
using SpiPlatform.Training.Features.ListCourses;
using SpiPlatform.Training.Features.ListNeeds;
using SpiPlatform.Training.Features.ManageFacilitators;
using SpiPlatform.Training.Features.PlanNeed;
using SpiPlatform.Training.Features.RaiseNeeds;
using SpiPlatform.Training.Features.RecordAttendance;
using SpiPlatform.Training.Features.ScheduleSession;

namespace SpiPlatform.Training.GraphQL;

/// <summary>The Training fields, each declared beside its use case.</summary>
internal sealed class TrainingSchemaContributor : IGraphQLSchemaContributor
{
    public void ContributeQueries(ObjectGraphType query)
    {
        ListCoursesQuery.Add(query);
        TrainingNeedsQuery.Add(query);
        FindFacilitatorsQuery.Add(query);
    }

    public void ContributeMutations(ObjectGraphType mutation)
    {
        ScheduleSessionMutation.Add(mutation);
        EnrolMutations.Add(mutation);
        ChangeSessionCapacityMutation.Add(mutation);
        RecordAttendanceMutation.Add(mutation);
        RaiseTrainingNeedMutation.Add(mutation);
        PlanTrainingNeedMutation.Add(mutation);
        CancelTrainingNeedMutation.Add(mutation);
        RegisterFacilitatorMutation.Add(mutation);
        UpdateFacilitatorMutation.Add(mutation);
        RemoveFacilitatorMutation.Add(mutation);
    }
}
