using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Features.RaiseNeeds;

namespace SpiPlatform.Training.Tests.Integration;

[Collection(TrainingCollection.Collection)]
public sealed class RaisingNeedsOnLiveTests(TrainingFixture fixture) : IAsyncLifetime
{
    // South Wales Police's ISP is awaiting sign-off in the demo data: it has no training needs yet.
    private const string AwaitingSignOff = "ISP-2012-0001";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task DeliverAsync(AgreementStatusChanged changed, Guid eventId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetServices<IIntegrationEventHandler<AgreementStatusChanged>>().OfType<RaiseBriefingNeedsHandler>().Single();
        await handler.HandleAsync(changed, eventId, CancellationToken.None);
    }

    private Task<List<Domain.TrainingNeed>> NeedsAsync(Guid agreementId)
        => NeedsScenario.WithDbAsync(fixture, db => db.Needs.AsNoTracking().Where(n => n.AgreementId == agreementId).ToListAsync());

    [Fact]
    public async Task An_agreement_going_live_raises_one_briefing_need_per_partner_exactly_once_when_the_event_is_delivered_twice()
    {
        var agreement = await NeedsScenario.AgreementAsync(fixture, AwaitingSignOff);
        Assert.Empty(await NeedsAsync(agreement.Id));
        var live = new AgreementStatusChanged(agreement.Id, AgreementStatus.AwaitingSignOff, AgreementStatus.Live);
        var eventId = Guid.CreateVersion7();

        await DeliverAsync(live, eventId);
        await DeliverAsync(live, eventId);

        var needs = await NeedsAsync(agreement.Id);
        Assert.Equal(agreement.PartnerIds.Distinct().Order(), needs.Select(n => n.OrganisationId).Order());
        Assert.All(needs, n =>
        {
            Assert.Equal(TrainingNeedStatus.Identified, n.Status);
            Assert.Equal(RaiseBriefingNeedsHandler.BriefingCourseId, n.CourseId);
            Assert.Equal(eventId, n.RaisedByEventId);
        });
    }

    [Fact]
    public async Task Two_deliveries_of_the_same_event_at_the_same_time_raise_the_needs_once()
    {
        var agreement = await NeedsScenario.AgreementAsync(fixture, AwaitingSignOff);
        var live = new AgreementStatusChanged(agreement.Id, AgreementStatus.AwaitingSignOff, AgreementStatus.Live);
        var eventId = Guid.CreateVersion7();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => DeliverAsync(live, eventId))));

        Assert.Equal(agreement.PartnerIds.Distinct().Count(), (await NeedsAsync(agreement.Id)).Count);
    }

    [Fact]
    public async Task Going_live_through_protocols_raises_the_needs_through_the_outbox_and_a_second_dispatch_or_a_later_live_again_adds_none()
    {
        var agreement = await NeedsScenario.AgreementAsync(fixture, AwaitingSignOff);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IProtocolsApi>()
                .TransitionAsync(agreement.Id, AgreementStatus.Live, "staff:programme@demo.spi.wales", "Signed off by every partner", CancellationToken.None));
        }

        await fixture.Factory.Services.DispatchOutboxAsync();
        await fixture.Factory.Services.DispatchOutboxAsync();
        Assert.Equal(agreement.PartnerIds.Distinct().Count(), (await NeedsAsync(agreement.Id)).Count);

        // Back from review to live is another event: the partners already have their briefing need, so none is added.
        await DeliverAsync(new AgreementStatusChanged(agreement.Id, AgreementStatus.UnderReview, AgreementStatus.Live), Guid.CreateVersion7());
        Assert.Equal(agreement.PartnerIds.Distinct().Count(), (await NeedsAsync(agreement.Id)).Count);
    }

    [Fact]
    public async Task A_move_to_another_status_raises_nothing()
    {
        var agreement = await NeedsScenario.AgreementAsync(fixture, AwaitingSignOff);

        await DeliverAsync(new AgreementStatusChanged(agreement.Id, AgreementStatus.AwaitingSignOff, AgreementStatus.Draft), Guid.CreateVersion7());

        Assert.Empty(await NeedsAsync(agreement.Id));
    }
}
