using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Host.Auth;
using SpiPlatform.Host.Localization;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Web;

namespace SpiPlatform.Host.Pages.Account;

/// <summary>Self-service sign-up for someone registering their organisation: the account starts as an organisation editor with no organisation.</summary>
internal sealed class CreateModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var email = Email?.Trim();
        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            Errors.Add("DisplayName", t["Enter your full name"]);
        }
        if (string.IsNullOrWhiteSpace(email) || !System.Net.Mail.MailAddress.TryCreate(email, out _))
        {
            Errors.Add("Email", t["Enter an email address in the correct format, like name@example.gov.wales"]);
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            Errors.Add("Email", t["An account with this email address already exists. Sign in instead."]);
        }
        if (Password != ConfirmPassword)
        {
            Errors.Add("ConfirmPassword", t["The passwords do not match"]);
        }
        if (!Errors.Any)
        {
            var user = new StaffUser { UserName = email, Email = email, DisplayName = DisplayName!.Trim() };
            var created = await users.CreateAsync(user, Password ?? "");
            if (created.Succeeded)
            {
                await users.AddToRoleAsync(user, SpiRoles.OrganisationEditor);
                await signIn.SignInAsync(user, isPersistent: false);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/signatories/join");
            }
            Errors.Add("Password", t["The password is not strong enough: use at least 12 characters, with a capital letter, a small letter, a digit and a symbol."]);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
