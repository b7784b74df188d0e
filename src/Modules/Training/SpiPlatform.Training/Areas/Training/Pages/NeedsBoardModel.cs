using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.CancelNeed;
using SpiPlatform.Training.Features.ListNeeds;
using SpiPlatform.Training.Features.PlanNeed;
using SpiPlatform.Training.Features.Shared;
using SpiPlatform.Training.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Training.Areas.Training.Pages;

/// <summary>One row of a needs board: the need, its agreement and organisation by name, and what the reader may do with it.</summary>
internal sealed record NeedRow(TrainingNeed Need, string AgreementTitle, string? AgreementReference, string OrganisationName,
    bool MayChange, IReadOnlyList<TrainingSession> Sessions)
{
    public FormErrors Errors { get; init; } = new();
}

/// <summary>
/// A needs board (per agreement or per organisation): each need's status, with Plan and Cancel for those who may manage
/// the agreement's needs. The forms post back here (post-redirect-get); htmx swaps the row.
/// </summary>
[Authorize]
internal abstract class NeedsBoardModel(TrainingNeedsReader reader, IProtocolsApi protocols, ISignatoriesApi register,
    PlanTrainingNeedHandler plan, CancelTrainingNeedHandler cancel, IStringLocalizer<TrainingResource> l) : PageModel
{
    [TempData] public string? Message { get; set; }

    protected IProtocolsApi Protocols => protocols;

    protected ISignatoriesApi Register => register;

    public string Heading { get; protected set; } = "";

    public IReadOnlyList<NeedRow> Rows { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    protected abstract TrainingNeedQuery Query(Guid id);

    protected abstract Task<string?> HeadingAsync(Guid id, CancellationToken ct);

    protected abstract string PathOf(Guid id);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostPlanAsync(Guid id, Guid needId, Guid? sessionId, CancellationToken ct)
        => ActAsync(id, needId, () => sessionId is { } s
            ? plan.HandleAsync(new PlanTrainingNeedInput(needId, s), User, ct)
            : Task.FromResult<Result<TrainingNeed>>(Problem.Invalid("sessionId", "Choose the session to plan the training need onto.")),
            l["The training need is planned."], ct);

    public Task<IActionResult> OnPostCancelAsync(Guid id, Guid needId, string? reason, CancellationToken ct)
        => ActAsync(id, needId, () => cancel.HandleAsync(new CancelTrainingNeedInput(needId, reason), User, ct), l["The training need is cancelled."], ct);

    private async Task<IActionResult> ActAsync(Guid id, Guid needId, Func<Task<Result<TrainingNeed>>> act, string done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Rows.FirstOrDefault(r => r.Need.Id == needId) is not { } row)
        {
            return NotFound();
        }
        var result = await act();
        if (result.Succeeded)
        {
            if (!Request.IsHtmx())
            {
                Message = done;
                return Redirect(PathOf(id));
            }
            await LoadAsync(id, ct);
            ViewData["Message"] = done;
            return Partial("_NeedRow", Rows.First(r => r.Need.Id == needId));
        }
        Errors = FormErrors.From(result.Problems, l, $"need-{needId}-");
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        if (Request.IsHtmx())
        {
            return Partial("_NeedRow", row with { Errors = Errors });
        }
        Rows = [.. Rows.Select(r => r.Need.Id == needId ? r with { Errors = Errors } : r)];
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await HeadingAsync(id, ct) is not { } heading)
        {
            return false;
        }
        Heading = heading;
        var (needs, _) = await reader.ListAsync(Query(id), ct);
        var agreements = await protocols.FindManyAsync([.. needs.Select(n => n.AgreementId).Distinct()], ct);
        var organisations = await register.FindAsync([.. needs.Select(n => n.OrganisationId).Distinct()], ct);
        var sessions = await reader.UpcomingSessionsAsync([.. needs.Where(n => n.IsOpen).Select(n => n.CourseId).Distinct()], ct);
        var welsh = Bilingual.IsWelsh;
        Rows = [.. needs.Select(n =>
        {
            var agreement = agreements.GetValueOrDefault(n.AgreementId);
            var organisation = organisations.GetValueOrDefault(n.OrganisationId);
            return new NeedRow(n, agreement?.Title(welsh) ?? "–", agreement?.Reference,
                organisation is null ? "–" : Bilingual.Pick(organisation.NameEn, organisation.NameCy),
                n.IsOpen && agreement is not null && TrainingAccess.MayManageNeeds(User, agreement),
                [.. sessions.Where(s => s.CourseId == n.CourseId)]);
        })];
        return true;
    }
}

/// <summary>The needs board of one agreement.</summary>
internal sealed class AgreementNeedsModel(TrainingNeedsReader reader, IProtocolsApi protocols, ISignatoriesApi register,
    PlanTrainingNeedHandler plan, CancelTrainingNeedHandler cancel, IStringLocalizer<TrainingResource> l)
    : NeedsBoardModel(reader, protocols, register, plan, cancel, l)
{
    protected override TrainingNeedQuery Query(Guid id) => new(id, null, null, 0, 500);

    protected override string PathOf(Guid id) => NeedsBoardPaths.Agreement(id);

    protected override async Task<string?> HeadingAsync(Guid id, CancellationToken ct)
        => await Protocols.FindAsync(id, ct) is { } a ? $"{a.Reference} – {a.Title(Bilingual.IsWelsh)}" : null;
}

/// <summary>The needs board of one organisation, across its agreements.</summary>
internal sealed class OrganisationNeedsModel(TrainingNeedsReader reader, IProtocolsApi protocols, ISignatoriesApi register,
    PlanTrainingNeedHandler plan, CancelTrainingNeedHandler cancel, IStringLocalizer<TrainingResource> l)
    : NeedsBoardModel(reader, protocols, register, plan, cancel, l)
{
    protected override TrainingNeedQuery Query(Guid id) => new(null, id, null, 0, 500);

    protected override string PathOf(Guid id) => NeedsBoardPaths.Organisation(id);

    protected override async Task<string?> HeadingAsync(Guid id, CancellationToken ct)
        => (await Register.FindAsync([id], ct)).TryGetValue(id, out var o) ? Bilingual.Pick(o.NameEn, o.NameCy) : null;
}
