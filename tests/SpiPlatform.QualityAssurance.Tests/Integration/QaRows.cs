using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

/// <summary>QA rows written straight into the schema, to set up what a test reads rather than what it does.</summary>
internal static class QaRows
{
    public static Task CommentAsync(this PlatformFixture fixture, QaSubmission submission, CommentSide side, string body)
        => fixture.WithDbAsync(async db =>
        {
            db.Comments.Add(new QaComment
            {
                Id = Guid.CreateVersion7(), SubmissionId = submission.Id, RoundNumber = 1, Side = side,
                AuthorId = side == CommentSide.Reviewer ? "staff:qa@demo.spi.wales" : "staff:editor@demo.spi.wales",
                AuthorName = side == CommentSide.Reviewer ? "Demo QA Reviewer" : "Demo Organisation Editor",
                AuthorOrganisationId = side == CommentSide.Partners ? submission.CoordinatorId : null,
                Body = body, At = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });

    /// <summary>Puts the submission in AwaitingSignOff with the given partners signed and pending.</summary>
    public static Task AwaitSignOffAsync(this PlatformFixture fixture, QaSubmission submission, Guid[] signed, Guid[] pending)
        => fixture.WithDbAsync(async db =>
        {
            var tracked = await db.Submissions.Include(s => s.Rounds).SingleAsync(s => s.Id == submission.Id);
            tracked.State = QaSubmissionState.AwaitingSignOff;
            tracked.Version++;
            var now = DateTimeOffset.UtcNow;
            foreach (var (organisation, state) in signed.Select(o => (o, SignOffState.Signed)).Concat(pending.Select(o => (o, SignOffState.Pending))))
            {
                db.SignOffs.Add(new QaSignOff
                {
                    Id = Guid.CreateVersion7(), SubmissionId = submission.Id, RoundNumber = tracked.CurrentRound.Number,
                    OrganisationId = organisation, State = state, RequestedAt = now, DecidedAt = state == SignOffState.Signed ? now : null,
                });
            }
            return await db.SaveChangesAsync();
        });

    public static Task GrantRightAsync(this PlatformFixture fixture, Guid organisationId, string email)
        => fixture.WithDbAsync(async db =>
        {
            if (!await db.SignOffRights.AnyAsync(r => r.OrganisationId == organisationId && r.Email == email && r.RevokedAt == null))
            {
                db.SignOffRights.Add(new QaSignOffRight
                {
                    Id = Guid.CreateVersion7(), OrganisationId = organisationId, Email = email, DisplayName = email,
                    GrantedBy = "staff:test", GrantedAt = DateTimeOffset.UtcNow,
                });
            }
            return await db.SaveChangesAsync();
        });
}
