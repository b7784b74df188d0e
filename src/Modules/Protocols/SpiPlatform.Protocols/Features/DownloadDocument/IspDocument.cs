using System.Globalization;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.DownloadDocument;

/// <summary>Which frozen version the document shows (null number: none frozen yet), its status and when it was made.</summary>
internal sealed record DocumentVersion(int? Number, AgreementStatus Status, DateTimeOffset At);

/// <summary>
/// What the ISP document is written from: the agreement as it is (or as a frozen version was), the partners' names,
/// and what the Quality Assurance module knows (through <see cref="IAgreementAssuranceSource"/>).
/// </summary>
internal sealed record IspDocumentContent(
    Agreement Agreement, DocumentVersion Version, IReadOnlyDictionary<Guid, OrganisationSummary> Organisations, AgreementAssurance? Assurance,
    LegalBasisLaw LegalBases);

/// <summary>One language's pass over the content: the sections ask it for names, labels and dates in that language.</summary>
internal sealed class IspDocument(IspDocumentContent content, IStringLocalizer l)
{
    public Agreement Agreement => content.Agreement;

    public DocumentVersion Version => content.Version;

    public AgreementAssurance? Assurance => content.Assurance;

    public IStringLocalizer L => l;

    /// <summary>A cited legal-basis code by its name in this language.</summary>
    public string Basis(string code) => l.Basis(content.LegalBases, code);

    public string Name(Guid id)
        => content.Organisations.TryGetValue(id, out var o) ? Bilingual.Pick(o.NameEn, o.NameCy) : l["Unknown organisation"];

    public OrganisationSector? SectorOf(Guid id) => content.Organisations.TryGetValue(id, out var o) ? o.Sector : null;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Date(DateTimeOffset at) => Date(SharedKernel.WorkingDays.DateInWales(at));
}
