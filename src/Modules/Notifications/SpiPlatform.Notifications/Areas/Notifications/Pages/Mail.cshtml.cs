using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Features.DeliverMail;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Notifications.Areas.Notifications.Pages;

/// <summary>For the programme team: mail that could not be delivered, and in Development the mail written to the pickup folder.</summary>
[Authorize(Roles = SpiRoles.ProgrammeTeam)]
internal sealed class MailModel(MailReport report) : PageModel
{
    public IReadOnlyList<Notification> Trouble { get; private set; } = [];

    public IReadOnlyList<PickedUpMail> PickedUp { get; private set; } = [];

    public bool UsesPickupFolder => report.UsesPickupFolder;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Trouble = await report.TroubleAsync(ct);
        PickedUp = await report.PickedUpAsync(ct);
    }
}
