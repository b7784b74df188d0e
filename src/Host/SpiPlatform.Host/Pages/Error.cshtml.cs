using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Host.Localization;

namespace SpiPlatform.Host.Pages;

/// <summary>Every HTTP error: a plain page for browsers, RFC 9457 problem details for API clients.</summary>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel(IStringLocalizer<SharedResource> t, IProblemDetailsService problems) : PageModel
{
    public string Title { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    // The code is read from the route, not bound: model binding of a re-executed POST (a refused antiforgery token,
    // say) first reads its form, and a form that cannot be read (broken multipart) skips binding, so the code was
    // empty and the 400 became a 500.
    public Task<IActionResult> OnGetAsync() => DescribeAsync(CodeFromRoute());

    public Task<IActionResult> OnPostAsync() => DescribeAsync(CodeFromRoute());

    private int? CodeFromRoute()
        => int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? code
            : null;

    private async Task<IActionResult> DescribeAsync(int? code)
    {
        var status = code is >= 400 and < 600 ? code.Value : StatusCodes.Status500InternalServerError;
        (Title, Explanation) = status switch
        {
            404 => (t["Page not found"], t["If you typed the web address, check it is correct."]),
            403 => (t["You do not have access to this page"], t["Sign in with an account that has access, or ask the programme team."]),
            429 => (t["Too many attempts"], t["You have tried too many times in a short while. Wait a few minutes, then try again."]),
            >= 400 and < 500 => (t["The request could not be handled"], t["Go back, reload the page and try again."]),
            _ => (t["Sorry, there is a problem with the service"], t["Try again later. Nothing you entered has been saved."]),
        };
        Response.StatusCode = status;
        if (WantsHtml())
        {
            return Page();
        }
        var written = await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = HttpContext,
            ProblemDetails = { Status = status, Title = Title, Detail = Explanation },
        });
        // A client that accepts neither HTML nor JSON (Accept: text/plain) still gets the status and a sentence.
        return written ? new EmptyResult() : Content($"{Title}. {Explanation}", "text/plain; charset=utf-8");
    }

    private bool WantsHtml()
        => Request.GetTypedHeaders().Accept is not { Count: > 0 } accept
           || accept.Any(a => a.MediaType.Value is "text/html" or "*/*");
}
