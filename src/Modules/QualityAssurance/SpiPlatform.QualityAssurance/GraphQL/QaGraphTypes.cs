using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.ViewSignOff;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.GraphQL;

internal sealed class QaSubmissionStateGraphType : EnumerationGraphType<QaSubmissionState>
{
    public QaSubmissionStateGraphType() => Description = "Where a submission to quality assurance stands.";
}

internal sealed class ChecklistResultGraphType : EnumerationGraphType<ChecklistResult>
{
    public ChecklistResultGraphType() => Description = "A reviewer's finding on one checklist item.";
}

/// <summary>One checklist item with the current round's result, if recorded.</summary>
internal sealed record ChecklistLine(ChecklistItem Item, QaChecklistEntry? Entry);

internal sealed class QaChecklistLineGraphType : ObjectGraphType<ChecklistLine>
{
    public QaChecklistLineGraphType()
    {
        Name = "QaChecklistLine";
        Field<NonNullGraphType<StringGraphType>>("item").Description("The item's stable key.").Resolve(c => c.Source.Item.Key);
        Field<NonNullGraphType<StringGraphType>>("textEn").Resolve(c => c.Source.Item.TextEn);
        Field<NonNullGraphType<StringGraphType>>("textCy").Resolve(c => c.Source.Item.TextCy);
        Field<ChecklistResultGraphType>("result").Description("Null until recorded.").Resolve(c => c.Source.Entry?.Result);
        Field<StringGraphType>("comment").Resolve(c => c.Source.Entry?.Comment);
    }
}

internal sealed class QaGroupMemberGraphType : ObjectGraphType<QaGroupMember>
{
    public QaGroupMemberGraphType()
    {
        Name = "QaGroupMember";
        Field(m => m.Email);
        Field(m => m.DisplayName);
        Field(m => m.IsLead).Description("A lead may assign the group's submissions to its reviewers.");
    }
}

internal sealed class QaGroupGraphType : ObjectGraphType<QaGroup>
{
    public QaGroupGraphType()
    {
        Name = "QaGroup";
        Description = "A regional QA group, or the national WASPI team, and its reviewers.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(g => g.Code);
        Field(g => g.NameEn);
        Field(g => g.NameCy);
        Field(g => g.IsNational).Description("Takes what no single region covers (all of Wales, several regions, outside Wales).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QaGroupMemberGraphType>>>>("members").Resolve(c => c.Source.Members);
        AddField(new FieldType
        {
            Name = "areas",
            Description = "The principal areas the group covers.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ServiceArea")))),
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<QaGroup, object?>(c => c.Source.Areas),
        });
    }
}

internal sealed class QaRoundGraphType : ObjectGraphType<QaRound>
{
    public QaRoundGraphType()
    {
        Name = "QaRound";
        Description = "One submitted version of the agreement.";
        Field(r => r.Number);
        Field(r => r.AgreementVersion).Description("The agreement's immutable version number reviewed in this round.");
        Field(r => r.SubmittedAt);
        Field(r => r.ChecklistVersion);
        Field<QaSubmissionStateGraphType>("outcome").Description("RETURNED or QUALITY_ASSURED once decided.").Resolve(c => c.Source.Outcome);
        Field(r => r.DecidedBy, nullable: true);
        Field(r => r.DecidedAt, nullable: true);
        Field(r => r.OutcomeReason, nullable: true).Description("The changes required, or the reason for approving with an item not met.");
        Field<NonNullGraphType<QaTurnaroundGraphType>>("turnaround").Resolve(c => c.Service<QaSla>().Of(c.Source));
    }
}

internal sealed class QaSubmissionEventGraphType : ObjectGraphType<QaSubmissionEvent>
{
    public QaSubmissionEventGraphType()
    {
        Name = "QaSubmissionEvent";
        Field(v => v.At);
        Field(v => v.Actor);
        Field<QaSubmissionStateGraphType>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<QaSubmissionStateGraphType>>("to").Resolve(c => c.Source.To);
        Field(v => v.Reason, nullable: true);
    }
}

internal sealed class CommentSideGraphType : EnumerationGraphType<CommentSide>
{
    public CommentSideGraphType() => Description = "Who wrote a comment: the QA reviewers, or the agreement's partners (its coordinating organisation).";
}

internal sealed class QaCommentGraphType : ObjectGraphType<ThreadedComment>
{
    public QaCommentGraphType()
    {
        Name = "QaComment";
        Description = "A comment on a submission, in its thread.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Comment.Id);
        Field<NonNullGraphType<IntGraphType>>("round").Description("The round it was written in.").Resolve(c => c.Source.Comment.RoundNumber);
        Field<IdGraphType>("replyToId").Description("The comment it answers.").Resolve(c => c.Source.Comment.ReplyToId);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("0 for a comment that starts a thread, 1 for a reply to it, and so on.").Resolve(c => c.Source.Depth);
        Field<NonNullGraphType<CommentSideGraphType>>("side").Resolve(c => c.Source.Comment.Side);
        Field<NonNullGraphType<StringGraphType>>("authorName").Resolve(c => c.Source.Comment.AuthorName);
        Field<StringGraphType>("item").Description("The checklist item it is about.").Resolve(c => c.Source.Comment.Item);
        Field<NonNullGraphType<StringGraphType>>("body").Resolve(c => c.Source.Comment.Body);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.Comment.At);
    }
}

internal sealed class QaSubmissionGraphType : ObjectGraphType<QaSubmission>
{
    public QaSubmissionGraphType()
    {
        Name = "QaSubmission";
        Description = "An agreement in quality assurance, with one round per submitted version.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("agreementId").Resolve(c => c.Source.AgreementId);
        Field(s => s.Reference);
        Field<NonNullGraphType<IdGraphType>>("groupId").Resolve(c => c.Source.GroupId);
        Field<NonNullGraphType<QaSubmissionStateGraphType>>("state").Resolve(c => c.Source.State);
        Field(s => s.Version).Description("Send it back with claimSubmission; a stale one is refused with CONFLICT.");
        Field(s => s.OpenedAt);
        Field(s => s.ClaimedBy, nullable: true).Description("The reviewer who claimed it (staff:email or client:id).");
        Field(s => s.ClaimedByName, nullable: true);
        Field(s => s.ClaimedAt, nullable: true);
        Field(s => s.QaReference, nullable: true).Description("Given on approval.");
        Field<DateOnlyGraphType>("qualityAssuredOn").Resolve(c => c.Source.QualityAssuredOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QaChecklistLineGraphType>>>>("checklist")
            .Description($"Checklist {QaChecklist.Version} for the current round, with the results recorded so far.")
            .Resolve(c => QaChecklist.Items.Select(i => new ChecklistLine(i, c.Source.CurrentRound.Checklist.FirstOrDefault(e => e.Item == i.Key))));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QaRoundGraphType>>>>("rounds").Resolve(c => c.Source.Rounds.OrderBy(r => r.Number));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QaSubmissionEventGraphType>>>>("events")
            .Description("Who moved it, when, from where to where, and why; oldest first.")
            .Resolve(c => c.Source.Events.OrderBy(v => v.At));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QaCommentGraphType>>>>("comments")
            .Description("The comment threads, each oldest first with every reply straight after what it answers.")
            .Resolve(c => c.Service<QaSubmissionLoaders>().Comments.Load(c.Source.Id).Then(t => t ?? []));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<QaSignOffGraphType>>>>("signOffs")
            .Description("The current round's sign-off by each partner, once approved; a new round starts afresh.")
            .Resolve(c => c.Service<QaSubmissionLoaders>().SignOffs.Load(c.Source.Id).Then(l => l ?? []));
        Field<NonNullGraphType<QaSignOffProgressGraphType>>("signOffProgress")
            .Description("How many partners have signed the current round off, of how many.")
            .Resolve(c => c.Service<QaSubmissionLoaders>().SignOffs.Load(c.Source.Id).Then(l => SignOffProgress.Of(l ?? [])));
    }
}
