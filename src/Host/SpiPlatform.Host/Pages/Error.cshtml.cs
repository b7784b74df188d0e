using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Host.Localization;

namespace SpiPlatform.Host.Pages;

[IgnoreAntiforgeryToken]
internal sealed class ErrorModel(IStringLocalizer<SharedResource> t) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int? code) => Describe(code);

    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Explanation) = code switch
        {
            404 => (t["Page not found"], t["If you typed the web address, check it is correct."]),
            403 => (t["You do not have access to this page"], t["Sign in with an account that has access, or ask the programme team."]),
            400 => (t["The request could not be handled"], t["Go back, reload the page and try again."]),
            _ => (t["Sorry, there is a problem with the service"], t["Try again later. Nothing you entered has been saved."]),
        };
        if (code is >= 400 and < 600)
        {
            Response.StatusCode = code.Value;
        }
    }
}
