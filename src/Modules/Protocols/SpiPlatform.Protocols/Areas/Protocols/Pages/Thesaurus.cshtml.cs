using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Features.ManageThesaurus;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Web;

namespace SpiPlatform.Protocols.Areas.Protocols.Pages;

/// <summary>The library search's thesaurus, for anyone to read (it explains what the search does); the programme team edits it here.</summary>
[AllowAnonymous]
internal sealed class ThesaurusModel(ProtocolsDbContext db, ManageThesaurusHandler manage, IStringLocalizer<ProtocolsResource> l) : PageModel
{
    public const string Path = "/library/thesaurus";

    [BindProperty] public string? Concept { get; set; }
    [BindProperty] public string? Term { get; set; }
    /// <summary>A new concept's first terms, separated by commas (a term cannot hold one).</summary>
    [BindProperty] public string? Terms { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [TempData] public string? Message { get; set; }

    /// <summary>What was just done, shown in the panel htmx swaps in (TempData carries it across a redirect instead).</summary>
    public string? Done { get; private set; }

    public List<ThesaurusConcept> Concepts { get; private set; } = [];

    /// <summary>The errors of the form that was posted: <see cref="ErrorsOf"/> says which.</summary>
    public FormErrors Errors { get; private set; } = new();

    /// <summary>"start" for the new-concept form, "remove" for a remove button, else the concept whose add form was posted.</summary>
    public string? ErrorsOf { get; private set; }

    public bool MayManage => ManageThesaurusHandler.MayManage(User);

    /// <summary>The page's own address with the reader's filter kept, ready for a handler: <c>…?q=x&amp;</c>.</summary>
    public string Action => Path + (string.IsNullOrWhiteSpace(Q) ? "?" : $"?q={Uri.EscapeDataString(Q)}&");

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var result = await manage.AddTermAsync(new SynonymInput(Concept, Term), User, HttpContext.RequestAborted);
        return await AnswerAsync(result, SynonymText.ConceptName(SynonymText.Clean(Concept)), "", c => l["“{0}” is now searched for with {1}.", SynonymText.Clean(Term), c.Name]);
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        var terms = (Terms ?? "").Split(',').Select(t => (string?)t).ToList();
        var result = await manage.StartConceptAsync(new StartConceptInput(Concept, terms), User, HttpContext.RequestAborted);
        return await AnswerAsync(result, "start", "new-", c => l["The concept {0} is in the thesaurus.", c.Name]);
    }

    public async Task<IActionResult> OnPostRemoveAsync()
    {
        var result = await manage.RemoveTermAsync(new SynonymInput(Concept, Term), User, HttpContext.RequestAborted);
        return await AnswerAsync(result, "remove", "", c => l["“{0}” is no longer searched for with {1}.", SynonymText.Clean(Term), c.Name]);
    }

    public async Task<IActionResult> OnPostRemoveConceptAsync()
    {
        var result = await manage.RemoveConceptAsync(new RemoveConceptInput(Concept), User, HttpContext.RequestAborted);
        return await AnswerAsync(result, "remove", "", c => l["The concept {0} and its terms are removed.", c.Name]);
    }

    /// <summary>The id of a concept's section; its add form's input is this plus <c>-term</c>.</summary>
    public string SectionId(ThesaurusConcept concept) => $"concept-{Concepts.IndexOf(concept)}";

    private async Task<IActionResult> AnswerAsync(Result<ThesaurusConcept> result, string form, string anchorPrefix, Func<ThesaurusConcept, string> done)
    {
        if (result.Succeeded)
        {
            if (!Request.IsHtmx())
            {
                Message = done(result.Value!);
                return Redirect(Action.TrimEnd('?', '&'));
            }
            Done = done(result.Value!);
            (Concept, Term, Terms) = (null, null, null);
            ModelState.Clear();
        }
        else
        {
            Response.StatusCode = PageProblems.StatusFor(result.Problems);
        }
        await LoadAsync();
        if (!result.Succeeded)
        {
            ErrorsOf = form;
            var owner = Concepts.FirstOrDefault(c => c.Name == form);
            Errors = FormErrors.From(result.Problems, l, owner is null ? anchorPrefix : SectionId(owner) + "-");
        }
        return Request.IsHtmx() ? Partial("_ThesaurusPanel", this) : Page();
    }

    private async Task LoadAsync()
    {
        var all = await ThesaurusConcept.ReadAsync(db, HttpContext.RequestAborted);
        var key = SynonymText.Key(SynonymText.Clean(Q));
        Concepts = key.Length == 0 ? all
            : [.. all.Where(c => SynonymText.Key(c.Name.Replace('-', ' ')).Contains(key, StringComparison.Ordinal)
                || c.Terms.Any(t => SynonymText.Key(t).Contains(key, StringComparison.Ordinal)))];
    }
}
