using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.DeriveAgreement;
using SpiPlatform.Protocols.Features.DownloadDocument;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.Features.ViewAgreement;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Web;

namespace SpiPlatform.Protocols.Areas.Protocols.Pages;

/// <summary>One agreement in full, with its versions and lineage, and "Start a draft from this" for signed-in users.</summary>
[AllowAnonymous]
internal sealed class AgreementModel(ProtocolsDbContext db, DeriveAgreementHandler derive, SimilarAgreements similar, ISignatoriesApi register, TimeProvider clock, IStringLocalizer<ProtocolsResource> l,
    IEnumerable<IAgreementPanel> panels) : PageModel
{
    public Agreement Agreement { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, OrganisationSummary> Organisations { get; private set; } = new Dictionary<Guid, OrganisationSummary>();

    public IReadOnlyList<AgreementVersion> Versions { get; private set; } = [];

    public Agreement? Source { get; private set; }

    public IReadOnlyList<Agreement> Derived { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    /// <summary>Up to five agreements with partners, service area and title words in common.</summary>
    public IReadOnlyList<SimilarAgreement> Similar { get; private set; } = [];

    /// <summary>What other modules show of this agreement (the QA timeline).</summary>
    public List<PagePanel> Panels { get; private set; } = [];

    public DateOnly Today => clock.TodayInWales();

    public LegalBasisLaw LegalBases { get; private set; } = new([]);

    /// <summary>A flow's bases by name, or a dash when none is recorded.</summary>
    public string BasesOf(InformationFlow flow) => flow.LegalBases is { Count: > 0 } codes ? string.Join("; ", codes.Select(c => l.Basis(LegalBases, c))) : "—";

    /// <summary>The cited bases by group, in list order; a code no longer on the list comes last, as itself.</summary>
    public IEnumerable<IGrouping<LegalBasisGroup?, string>> CitedBases(IEnumerable<string> codes)
        => codes.OrderBy(c => LegalBases.Find(c) is { } b ? ((int)b.Group, b.SortOrder) : (int.MaxValue, 0))
            .GroupBy(c => LegalBases.Find(c)?.Group);

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
        => await LoadAsync(reference, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeriveAsync(string reference, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }
        if (!await LoadAsync(reference, ct))
        {
            return NotFound();
        }
        var result = await derive.HandleAsync(Agreement.Id, null, User, ct);
        if (result.Value is { } draft)
        {
            return Redirect(LibraryModel.Path + "/" + draft.Reference);
        }
        Errors = new FormErrors();
        foreach (var p in result.Problems)
        {
            Errors.Add(null, p.Code == ErrorCodes.Forbidden
                ? l["You cannot start a draft because your account is not linked to an organisation that may coordinate agreements. Ask the programme team to link it."]
                : l.Localise(p));
        }
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        return Page();
    }

    public string Name(Guid id)
        => Organisations.TryGetValue(id, out var o) ? Bilingual.Pick(o.NameEn, o.NameCy) : l["Unknown organisation"];

    /// <summary>The ISP document in a language (<c>en</c>, <c>cy</c> or <c>both</c>), of the agreement as it is or of a frozen version.</summary>
    public string DocumentLink(string language, int? version = null) => AgreementDocumentEndpoint.PathFor(Agreement.Reference, language, version);

    /// <summary>Whether the reader may open this version's document: one frozen before it was public only if they may read drafts.</summary>
    public bool MayReadVersion(AgreementVersion v)
        => ProtocolsAccess.IsPublic(v.Status) || ProtocolsAccess.CanReadAll(User)
            || (ProtocolsAccess.OwnOrganisation(User) is { } own && Agreement.PartnerIds.Contains(own));

    public OrganisationSector? SectorOf(Guid id) => Organisations.TryGetValue(id, out var o) ? o.Sector : null;

    /// <summary>The flows in the order of the stages, then as the agreement lists them.</summary>
    public IEnumerable<IGrouping<string, InformationFlow>> FlowsByStage => FlowOrder.ByStage(Agreement.Flows);

    private async Task<bool> LoadAsync(string reference, CancellationToken ct)
    {
        if (await db.FindReadableAsync(null, reference, User, ct) is not { } agreement)
        {
            return false;
        }
        Agreement = agreement;
        LegalBases = await db.LegalBasisLawAsync(ct);
        // The list of versions, not their snapshots (a few kB each): the document link reads one when asked.
        Versions = await db.Versions.AsNoTracking().Where(v => v.AgreementId == agreement.Id).OrderByDescending(v => v.Number)
            .Select(v => new AgreementVersion { Id = v.Id, AgreementId = v.AgreementId, Number = v.Number, Status = v.Status, CreatedAt = v.CreatedAt, CreatedBy = v.CreatedBy, Reason = v.Reason, Snapshot = "" })
            .ToListAsync(ct);
        if (agreement.DerivedFromId is { } sourceId)
        {
            var source = await db.Agreements.AsNoTracking().Include(a => a.Partners).FirstOrDefaultAsync(a => a.Id == sourceId, ct);
            Source = source is not null && ProtocolsAccess.CanRead(User, source) ? source : null;
        }
        var derived = await db.Agreements.AsNoTracking().Include(a => a.Partners).Where(a => a.DerivedFromId == agreement.Id).OrderBy(a => a.CreatedAt).ToListAsync(ct);
        Derived = [.. derived.Where(d => ProtocolsAccess.CanRead(User, d))];
        Similar = await similar.ForAsync(agreement, User, ct);
        var ids = agreement.PartnerIds.Append(agreement.CoordinatorId)
            .Concat(agreement.Flows.SelectMany(f => new[] { f.FromOrganisationId, f.ToOrganisationId })).Distinct().ToList();
        Organisations = await register.FindAsync(ids, ct);
        foreach (var panel in panels.OrderBy(p => p.Order))
        {
            if (await panel.ForAsync(agreement.Id, User, ct) is { } shown)
            {
                Panels.Add(shown);
            }
        }
        return true;
    }
}
