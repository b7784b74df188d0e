using Htmx;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using SpiPlatform.Host.Auth;
using SpiPlatform.Host.Data;
using SpiPlatform.Host.Localization;
using SpiPlatform.Web;

namespace SpiPlatform.Host.Pages.Account;

internal sealed class LoginModel(
    SignInManager<StaffUser> signIn, IOptions<DemoDataOptions> demo, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? EmailError { get; private set; }
    public string? PasswordError { get; private set; }
    public FormErrors Errors { get; } = new();

    public bool DemoAccountsShown => demo.Value.Seed;
    public string DemoPassword => DemoAccounts.Password;
    public IReadOnlyList<DemoUser> DemoUsers => DemoAccounts.Users;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        EmailError = string.IsNullOrWhiteSpace(Email) ? t["Enter your email address"].Value : null;
        PasswordError = string.IsNullOrEmpty(Password) ? t["Enter your password"].Value : null;
        if (EmailError is null && PasswordError is null)
        {
            var result = await signIn.PasswordSignInAsync(Email!.Trim(), Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                var target = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/";
                if (Request.IsHtmx())
                {
                    Response.Htmx(h => h.Redirect(target));
                    return new EmptyResult();
                }
                return LocalRedirect(target);
            }
            Errors.Add(null, result.IsLockedOut
                ? t["This account is locked after too many failed attempts. Try again in 15 minutes."]
                : t["The email address or password is not right."]);
        }
        else
        {
            Errors.Add(EmailError is null ? "Password" : "Email", EmailError ?? PasswordError!);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Request.IsHtmx() ? Partial("_LoginForm", this) : Page();
    }
}
