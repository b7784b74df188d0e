using Microsoft.Extensions.Localization;
using SpiPlatform.QualityAssurance.Features.CommentOnSubmission;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Web;

namespace SpiPlatform.QualityAssurance.Areas.QualityAssurance.Pages;

/// <summary>The comment and reply forms of the review screen and the coordinator's view (bound as <c>Reply.*</c>).</summary>
internal sealed class CommentForm
{
    public string? Body { get; set; }
    public Guid? ReplyToId { get; set; }
    public string? Item { get; set; }

    public CommentOnSubmissionInput Input(Guid submissionId) => new(submissionId, Body, ReplyToId, Item);

    /// <summary>The errors of a refused comment, anchored to the form it came from, and what to show in that form again.</summary>
    public (FormErrors, CommentFailure) Failed(IEnumerable<Problem> problems, IStringLocalizer l)
    {
        var prefix = ReplyToId is { } to ? $"reply-{to}-" : "comment-";
        return (FormErrors.From(problems, l, prefix), new CommentFailure(ReplyToId, Body, Item));
    }
}

/// <summary>Which comment form was refused, with what was written in it.</summary>
internal sealed record CommentFailure(Guid? ReplyToId, string? Body, string? Item);

/// <summary>What the shared comment thread partial needs.</summary>
internal sealed record CommentThreadModel(
    IReadOnlyList<SpiPlatform.QualityAssurance.Domain.ThreadedComment> Comments, string PostUrl, bool MayComment, FormErrors Errors, CommentFailure? Failed);
