using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;

namespace SpiPlatform.QualityAssurance.Tests.Unit;

public sealed class TimelineOrderTests
{
    [Fact]
    public void Moves_made_in_the_same_instant_are_recorded_in_order_a_microsecond_apart_so_the_timeline_keeps_their_order()
    {
        var now = DateTimeOffset.Parse("2026-12-01T10:00:00.1234567Z");
        var submission = new QaSubmission { Id = Guid.CreateVersion7(), AgreementId = Guid.CreateVersion7(), Reference = "ISP-2026-0001", State = QaSubmissionState.InReview };

        // Approving sends for sign-off in the same instant; the last partner's signing notes it, then signs the whole off.
        submission.Move(QaSubmissionState.QualityAssured, "staff:qa@demo.spi.wales", "Approved", now);
        submission.Move(QaSubmissionState.AwaitingSignOff, "staff:qa@demo.spi.wales", "Sent to the partners for sign-off", now);
        submission.Note("staff:inspector@demo.spi.wales", "Signed off for Gwent Police", now.AddSeconds(5));
        submission.Move(QaSubmissionState.SignedOff, "staff:inspector@demo.spi.wales", "Signed off by every partner", now.AddSeconds(5));

        Assert.Equal([QaSubmissionState.QualityAssured, QaSubmissionState.AwaitingSignOff, QaSubmissionState.AwaitingSignOff, QaSubmissionState.SignedOff],
            submission.Events.OrderBy(e => e.At).Select(e => e.To));
        Assert.Equal([now, now.AddMicroseconds(1), now.AddSeconds(5), now.AddSeconds(5).AddMicroseconds(1)], submission.Events.Select(e => e.At));
        // Kept in order at PostgreSQL's precision too.
        var stored = submission.Events.Select(e => e.At.UtcTicks / 10).ToList();
        Assert.Equal(stored.Order(), stored);
        Assert.Equal(stored.Count, stored.Distinct().Count());
    }
}
