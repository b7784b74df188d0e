using SpiPlatform.Protocols.Contracts;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Data;

namespace SpiPlatform.Training.Tests.Integration;

/// <summary>GraphQL calls and database reads for attendance, completions and training needs.</summary>
internal static class NeedsScenario
{
    public const string Trainer = StaffLogin.QaReviewer;
    public const string GwentFrailty = "ISP-2011-0002";
    public const string NeedFields = "id agreementId organisationId status sessionId raisedAutomatically cancelReason course { kind }";

    public static Task<GraphQLResponse> RecordAsync(HttpClient client, Guid enrolmentId, bool attended, bool completed, string? token = null)
        => GraphQLClient.PostAsync(client,
            "mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { attended completed completedOn expiresOn organisationId enrolment { id } needsMet { id status } } }",
            token, new { input = new { enrolmentId, attended, completed } });

    public static Task<GraphQLResponse> RaiseAsync(HttpClient client, Guid agreementId, Guid organisationId, Guid courseId, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: RaiseTrainingNeedInput!) {{ raiseTrainingNeed(input: $input) {{ {NeedFields} }} }}",
            token, new { input = new { agreementId, organisationId, courseId } });

    public static Task<GraphQLResponse> PlanAsync(HttpClient client, Guid needId, Guid sessionId, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: PlanTrainingNeedInput!) {{ planTrainingNeed(input: $input) {{ {NeedFields} }} }}",
            token, new { input = new { needId, sessionId } });

    public static Task<GraphQLResponse> CancelAsync(HttpClient client, Guid needId, string? reason, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: CancelTrainingNeedInput!) {{ cancelTrainingNeed(input: $input) {{ {NeedFields} }} }}",
            token, new { input = new { needId, reason } });

    public static Task<GraphQLResponse> CapacityAsync(HttpClient client, Guid sessionId, int capacity, string? token = null)
        => GraphQLClient.PostAsync(client, "mutation($input: ChangeSessionCapacityInput!) { changeSessionCapacity(input: $input) { id capacity enrolled waiting } }",
            token, new { input = new { sessionId, capacity } });

    public static Task<GraphQLResponse> EnrolAsync(HttpClient client, Guid sessionId, string email, Guid? organisationId, string? token = null)
        => GraphQLClient.PostAsync(client, "mutation($input: EnrolInSessionInput!) { enrolInSession(input: $input) { id email status } }", token,
            new { input = new { sessionId, email, organisationId } });

    public static Guid Id(GraphQLResponse response, string field) => Guid.Parse(TrainingScenario.Node(response, field).GetProperty("id").GetString()!);

    public static T With<T>(PlatformFixture fixture, Func<IServiceProvider, T> read)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        return read(scope.ServiceProvider);
    }

    public static async Task<T> WithDbAsync<T>(PlatformFixture fixture, Func<TrainingDbContext, Task<T>> read)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<TrainingDbContext>());
    }

    /// <summary>Moves a session so that it started an hour ago (enrolment needs it ahead, attendance needs it begun).</summary>
    public static Task StartNowAsync(PlatformFixture fixture, Guid sessionId)
        => WithDbAsync(fixture, db => db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.StartsAt, DateTimeOffset.UtcNow.AddHours(-1)).SetProperty(s => s.EndsAt, DateTimeOffset.UtcNow.AddHours(1))));

    public static async Task<AgreementSummary> AgreementAsync(PlatformFixture fixture, string reference)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().FindByReferenceAsync(reference, CancellationToken.None))!;
    }
}
