using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.DemoData;

namespace SpiPlatform.Training.Tests.Integration;

[Collection(TrainingCollection.Collection)]
public sealed class CourseCatalogueTests(TrainingFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_public_catalogue_lists_the_five_seeded_courses_in_both_languages()
    {
        var client = fixture.Factory.CreateClient();

        var courses = TrainingScenario.Node(await GraphQLClient.PostAsync(client,
            "{ courses { id kind titleEn titleCy descriptionCy durationMinutes audiences currentForMonths } }"), "courses");

        Assert.Equal(new[] { "WASPI_BRIEFING", "ISP_FACILITATOR_COURSE", "QA_REVIEWER_COURSE", "STUDY_DAY", "E_LEARNING" },
            courses.EnumerateArray().Select(c => c.GetProperty("kind").GetString()!).ToArray());
        var briefing = courses[0];
        Assert.Equal(TrainingDemoSeeder.CourseId(CourseKind.WaspiBriefing).ToString(), briefing.GetProperty("id").GetString());
        Assert.Equal("WASPI briefing", briefing.GetProperty("titleEn").GetString());
        Assert.Equal("Sesiwn friffio WASPI", briefing.GetProperty("titleCy").GetString());
        Assert.Equal(new[] { "PRACTITIONER", "COORDINATOR" }, briefing.GetProperty("audiences").EnumerateArray().Select(a => a.GetString()!).ToArray());
        Assert.Equal(36, briefing.GetProperty("currentForMonths").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, courses[3].GetProperty("currentForMonths").ValueKind);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var seeder = scope.ServiceProvider.GetServices<SpiPlatform.SharedKernel.Data.IDemoDataSeeder>().OfType<TrainingDemoSeeder>().Single();

        await seeder.SeedAsync(CancellationToken.None);
        await seeder.SeedAsync(CancellationToken.None);

        var db = scope.ServiceProvider.GetRequiredService<Data.TrainingDbContext>();
        Assert.Equal(5, await db.Courses.CountAsync());
    }
}
