using System.Text.Json;
using SpiPlatform.TestKit;

namespace SpiPlatform.Training.Tests.Integration;

internal static class TrainingScenario
{
    public const string SessionFields = "id capacity enrolled waiting placesLeft isOnline venue area startsAt startsAtWales course { id kind titleEn }";

    public static JsonElement Node(GraphQLResponse response, string field)
    {
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty(field);
    }

    public static Task<GraphQLResponse> ScheduleAsync(HttpClient client, object input, string? token = null)
        => GraphQLClient.PostAsync(client,
            $"mutation($input: ScheduleSessionInput!) {{ scheduleSession(input: $input) {{ {SessionFields} }} }}", token, new { input });

    public static object SessionInput(Guid courseId, int capacity = 20, int daysAhead = 14, int hours = 2, bool online = false)
    {
        var start = DateTimeOffset.UtcNow.AddDays(daysAhead);
        return new
        {
            courseId, startsAt = start.ToString("O"), endsAt = start.AddHours(hours).ToString("O"), isOnline = online,
            venue = online ? null : "Torfaen Civic Centre, Pontypool", area = online ? null : "TORFAEN",
            capacity, trainerEmail = "trainer@demo.spi.wales",
        };
    }

    public static Task<GraphQLResponse> EnrolAsync(HttpClient client, Guid sessionId, string? email = null, string? token = null)
        => GraphQLClient.PostAsync(client,
            "mutation($input: EnrolInSessionInput!) { enrolInSession(input: $input) { id email status sessionId } }", token,
            new { input = new { sessionId, email } });

    public static Task<GraphQLResponse> CancelAsync(HttpClient client, Guid enrolmentId, string? token = null)
        => GraphQLClient.PostAsync(client,
            "mutation($input: CancelEnrolmentInput!) { cancelEnrolment(input: $input) { id status } }", token,
            new { input = new { enrolmentId } });
}
