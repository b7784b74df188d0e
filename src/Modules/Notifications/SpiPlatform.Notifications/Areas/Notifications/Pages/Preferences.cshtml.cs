using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Features.Preferences;
using SpiPlatform.Notifications.Features.Shared;
using SpiPlatform.Notifications.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Notifications.Areas.Notifications.Pages;

/// <summary>The signed-in person's choices: per kind of reminder at once or in a digest, and the language of their mail.</summary>
[Authorize]
internal sealed class PreferencesModel(MyPreferences mine, SavePreferencesHandler save, IStringLocalizer<NotificationsResource> l) : PageModel
{
    public const string Path = "/notifications/preferences";

    [TempData] public string? Message { get; set; }

    [BindProperty] public Dictionary<string, string?> Delivery { get; set; } = [];

    [BindProperty] public string? Language { get; set; }

    public FormErrors Errors { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (NotificationAccess.StaffEmail(User) is not { } email)
        {
            return Forbid();
        }
        Show(await mine.ReadAsync(email, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await save.HandleAsync(new PreferencesInput(Delivery, Language), User, ct);
        if (result.Value is { } saved)
        {
            if (!Request.IsHtmx())
            {
                Message = l["Your preferences are saved."];
                return Redirect(Path);
            }
            Show(saved);
            ViewData["Saved"] = l["Your preferences are saved."].Value;
            return Page();
        }
        Errors = FormErrors.From(result.Problems, l);
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        return Page();
    }

    public bool Is(string kind, Delivery delivery) => Delivery.GetValueOrDefault(kind) == delivery.ToString();

    private void Show(NotificationPreferences p)
    {
        Delivery = p.Delivery.ToDictionary(d => d.Key, d => (string?)d.Value.ToString());
        Language = p.Language;
    }
}
