namespace SpiPlatform.QualityAssurance.Domain;

/// <summary>Which side of the review wrote a comment: the QA reviewers, or the agreement's partners (its coordinator).</summary>
internal enum CommentSide
{
    Reviewer,
    Partners,
}

/// <summary>A comment on a submission, in a thread: <see cref="ReplyToId"/> names the comment it answers.</summary>
internal sealed class QaComment
{
    public Guid Id { get; init; }
    public Guid SubmissionId { get; init; }
    /// <summary>The round it was written in.</summary>
    public int RoundNumber { get; init; }
    public Guid? ReplyToId { get; init; }
    public CommentSide Side { get; init; }
    /// <summary><c>staff:email</c> or <c>client:id</c>.</summary>
    public required string AuthorId { get; init; }
    public required string AuthorName { get; init; }
    public Guid? AuthorOrganisationId { get; init; }
    /// <summary>The checklist item it is about, if any.</summary>
    public string? Item { get; init; }
    public required string Body { get; init; }
    public DateTimeOffset At { get; init; }
}
