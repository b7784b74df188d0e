namespace SpiPlatform.QualityAssurance.Domain;

/// <summary>A comment in its thread: how deep it sits under the comment that started the thread.</summary>
internal sealed record ThreadedComment(QaComment Comment, int Depth);

/// <summary>Comments in reading order: each thread oldest first, every reply straight after what it answers.</summary>
internal static class QaCommentThread
{
    public const int MaxBodyLength = 4000;

    public static IReadOnlyList<ThreadedComment> Order(IEnumerable<QaComment> comments)
    {
        var all = comments.OrderBy(c => c.At).ThenBy(c => c.Id).ToList();
        var ids = all.Select(c => c.Id).ToHashSet();
        var replies = all.Where(c => c.ReplyToId is { } r && ids.Contains(r)).ToLookup(c => c.ReplyToId!.Value);
        var ordered = new List<ThreadedComment>(all.Count);
        void Walk(QaComment comment, int depth)
        {
            ordered.Add(new(comment, depth));
            foreach (var reply in replies[comment.Id])
            {
                Walk(reply, depth + 1);
            }
        }
        foreach (var root in all.Where(c => c.ReplyToId is not { } r || !ids.Contains(r)))
        {
            Walk(root, 0);
        }
        return ordered;
    }
}
