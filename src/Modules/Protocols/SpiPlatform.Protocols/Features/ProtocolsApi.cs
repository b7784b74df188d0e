using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Features.CompareVersions;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features;

/// <summary>What other modules may ask of and tell the Protocols module (see <see cref="IProtocolsApi"/>).</summary>
internal sealed class ProtocolsApi(
    ProtocolsDbContext db, TimeProvider clock, IOutboxSignal outbox, ISignatoriesApi register, IStringLocalizer<ProtocolsResource> l) : IProtocolsApi
{
    public async Task<AgreementSummary?> FindAsync(Guid agreementId, CancellationToken ct)
        => await db.Agreements.AsNoTracking().Include(a => a.Partners).FirstOrDefaultAsync(a => a.Id == agreementId, ct) is { } a ? Summary(a) : null;

    public async Task<IReadOnlyDictionary<Guid, AgreementSummary>> FindManyAsync(IReadOnlyCollection<Guid> agreementIds, CancellationToken ct)
    {
        var ids = agreementIds.Distinct().ToList();
        var rows = await db.Agreements.AsNoTracking().Include(a => a.Partners).Where(a => ids.Contains(a.Id)).ToListAsync(ct);
        return rows.ToDictionary(a => a.Id, Summary);
    }

    public async Task<AgreementSummary?> FindByReferenceAsync(string reference, CancellationToken ct)
        => await db.Agreements.AsNoTracking().Include(a => a.Partners).FirstOrDefaultAsync(a => a.Reference == reference, ct) is { } a ? Summary(a) : null;

    public async Task<IReadOnlyList<AgreementSummary>> ListPublicForOrganisationAsync(Guid organisationId, CancellationToken ct)
    {
        var statuses = ProtocolsAccess.PublicStatuses.ToList();
        var rows = await db.Agreements.AsNoTracking().Include(a => a.Partners)
            .Where(a => statuses.Contains(a.Status) && a.Partners.Any(p => p.OrganisationId == organisationId))
            .OrderBy(a => a.Reference).ToListAsync(ct);
        return [.. rows.Select(Summary)];
    }

    public async Task<string?> TransitionAsync(Guid agreementId, AgreementStatus to, string actor, string? reason, CancellationToken ct)
    {
        var agreement = await db.FindAsync(agreementId, ct);
        if (agreement is null)
        {
            return "There is no agreement with that id.";
        }
        if (!AgreementLifecycle.CanMove(agreement.Status, to))
        {
            return $"An agreement that is {agreement.Status} cannot become {to}.";
        }
        await db.MoveAsync(agreement, to, actor, reason ?? to.ToString(), clock, ct);
        if (await db.TrySaveAsync(ct) is { } conflict)
        {
            return conflict.Message;
        }
        outbox.Notify();
        return null;
    }

    public async Task<AgreementVersionDiff?> DiffAsync(Guid agreementId, int fromVersion, int toVersion, CancellationToken ct)
    {
        int[] numbers = [fromVersion, toVersion];
        var versions = await db.Versions.AsNoTracking().Where(v => v.AgreementId == agreementId && numbers.Contains(v.Number))
            .ToDictionaryAsync(v => v.Number, v => v.Snapshot, ct);
        if (!versions.ContainsKey(fromVersion) || !versions.ContainsKey(toVersion))
        {
            return null;
        }
        var snapshots = numbers.Select(n => AgreementSnapshot.Read(versions[n])).ToList();
        var names = await NamesAsync(snapshots.SelectMany(OrganisationsOf), ct);
        var diff = VersionDiff.Between(fromVersion, versions[fromVersion], toVersion, versions[toVersion], names.Of);
        return new AgreementVersionDiff(diff.From, diff.To,
            [.. diff.Fields.Select(f => new AgreementFieldChange(f.Field, FieldLabel(f.Field), f.Before, f.After))],
            [.. diff.Flows.Select(f => new AgreementFlowChange(f.FlowId, Enum.Parse<FlowChangeKind>(f.Change), f.Before, f.After))]);
    }

    public async Task<AgreementForReview?> ReadForReviewAsync(Guid agreementId, int versionNumber, CancellationToken ct)
    {
        var version = await db.Versions.AsNoTracking().FirstOrDefaultAsync(v => v.AgreementId == agreementId && v.Number == versionNumber, ct);
        var reference = await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId).Select(a => a.Reference).FirstOrDefaultAsync(ct);
        if (version is null || reference is null)
        {
            return null;
        }
        var s = AgreementSnapshot.Read(version.Snapshot);
        var law = await db.LegalBasisLawAsync(ct);
        var names = await NamesAsync(OrganisationsOf(s), ct);
        return new AgreementForReview(
            agreementId, reference, versionNumber, l.Kind(Enum.Parse<AgreementKind>(s.Kind)), s.TitleEn, s.TitleCy, s.SummaryEn, s.SummaryCy,
            s.Purpose, l.Service(Enum.Parse<AgreementServiceArea>(s.ServiceArea)),
            [.. s.Regions.Select(r => Enum.TryParse<ServiceArea>(r, out var area) ? ServiceAreaNames.Of(area) : r)],
            names.Of(s.CoordinatorId),
            [.. s.Partners.Select(Partner).Select(p => new ReviewPartner(p.Id, names.Of(p.Id), l.Role(p.Role)))
                .OrderBy(p => p.OrganisationId != s.CoordinatorId).ThenBy(p => p.Name, StringComparer.CurrentCulture)],
            s.ServiceUsers, [.. s.DataCategories.Select(d => l.Data(Enum.Parse<DataCategory>(d)))], s.ConsentRequired,
            [.. s.Gateways.Select(g => l.Basis(law, g))], s.OtherLegalBasis, s.ConsentHowObtained,
            s.ConsentReviewInterval, s.ConsentOverrideCriteria,
            [.. s.Flows.Select(f => new ReviewFlow(f.Id, l.Stage(Enum.Parse<FlowStage>(f.Stage), f.CustomStage), names.Of(f.From), names.Of(f.To),
                [.. f.Data.Select(d => l.Data(Enum.Parse<DataCategory>(d)))], l.Method(Enum.Parse<FlowMethod>(f.Method)), f.Frequency,
                [.. (f.LegalBases ?? []).Select(c => l.Basis(law, c))]))],
            s.SecurityNotes, s.RetentionNotes, s.ReviewDue, s.DpiaReference, s.DpiaStatus);
    }

    private static (Guid Id, PartnerRole Role) Partner(string stored)
    {
        var (id, role) = (stored[..stored.IndexOf(':')], stored[(stored.IndexOf(':') + 1)..]);
        return (Guid.Parse(id), Enum.Parse<PartnerRole>(role));
    }

    private static IEnumerable<Guid> OrganisationsOf(SnapshotData s)
        => s.Partners.Select(p => Partner(p).Id).Append(s.CoordinatorId).Concat(s.Flows.SelectMany(f => new[] { f.From, f.To }));

    private async Task<OrganisationNames> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
        => new(await register.FindAsync([.. ids.Distinct()], ct));

    private sealed record OrganisationNames(IReadOnlyDictionary<Guid, OrganisationSummary> Found)
    {
        public string Of(Guid id) => Found.TryGetValue(id, out var o) ? Bilingual.Pick(o.NameEn, o.NameCy) : id.ToString();
    }

    /// <summary>A snapshot field's name, as the agreement page calls it.</summary>
    private string FieldLabel(string field) => field switch
    {
        "kind" => l["Kind of agreement"],
        "titleEn" => l["Title in English"],
        "titleCy" => l["Title in Welsh"],
        "summaryEn" => l["Summary in English"],
        "summaryCy" => l["Summary in Welsh"],
        "purpose" => l["Purpose"],
        "serviceArea" => l["Service area"],
        "regions" => l["Regions"],
        "coordinatorId" => l["Coordinator"],
        "partners" => l["Partners"],
        "serviceUsers" => l["Service users"],
        "dataCategories" => l["Data shared"],
        "consentRequired" => l["Consent"],
        "gateways" => l["Statutory gateways"],
        "otherLegalBasis" => l["Other legal basis"],
        "consentHowObtained" => l["How consent is obtained"],
        "consentReviewInterval" => l["When consent is reviewed"],
        "consentOverrideCriteria" => l["When information is shared without consent"],
        "securityNotes" => l["Security"],
        "retentionNotes" => l["Retention"],
        "reviewDue" => l["Review date"],
        "dpiaReference" => l["Data protection impact assessment reference"],
        "dpiaStatus" => l["Data protection impact assessment status"],
        "status" => l["Status"],
        _ => field,
    };

    public async Task<IReadOnlyList<AgreementReviewDate>> ListReviewDatesAsync(DateOnly dueFrom, DateOnly dueTo, CancellationToken ct)
    {
        var rows = await db.Agreements.AsNoTracking()
            .Where(a => (a.Status == AgreementStatus.Live || a.Status == AgreementStatus.UnderReview) && a.ReviewDue >= dueFrom && a.ReviewDue <= dueTo)
            .OrderBy(a => a.ReviewDue).ThenBy(a => a.Reference)
            .Select(a => new { a.Id, a.Reference, a.TitleEn, a.TitleCy, a.CoordinatorId, a.ReviewDue, a.ServiceArea, a.Regions, a.ReviewLapsedFor })
            .ToListAsync(ct);
        return [.. rows.Select(a => new AgreementReviewDate(a.Id, a.Reference, a.TitleEn, a.TitleCy, a.CoordinatorId, a.ReviewDue,
            a.ServiceArea, [.. a.Regions.Select(r => r.ToString())], a.ReviewLapsedFor == a.ReviewDue))];
    }

    public async Task<IReadOnlyList<LiveAgreement>> ListLiveAsync(DateOnly liveFrom, DateOnly liveTo, bool withConsentReviewOnly, CancellationToken ct)
        => await db.Agreements.AsNoTracking()
            .Where(a => (a.Status == AgreementStatus.Live || a.Status == AgreementStatus.UnderReview) && a.LiveOn >= liveFrom && a.LiveOn <= liveTo)
            .Where(a => !withConsentReviewOnly || (a.ConsentRequired && a.ConsentReviewInterval != null && a.ConsentReviewInterval != ""))
            .OrderBy(a => a.LiveOn).ThenBy(a => a.Reference)
            .Select(a => new LiveAgreement(a.Id, a.Reference, a.TitleEn, a.TitleCy, a.CoordinatorId, a.LiveOn!.Value, a.ConsentReviewInterval))
            .ToListAsync(ct);

    public async Task<bool> MarkReviewLapsedAsync(Guid agreementId, DateOnly reviewDue, CancellationToken ct)
        => await db.Agreements
            .Where(a => a.Id == agreementId && a.ReviewDue == reviewDue && (a.Status == AgreementStatus.Live || a.Status == AgreementStatus.UnderReview)
                && (a.ReviewLapsedFor == null || a.ReviewLapsedFor != reviewDue))
            // UpdatedAt moves so the library's cached counts see the change; no new version: the agreement's content is unchanged.
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ReviewLapsedFor, reviewDue).SetProperty(a => a.UpdatedAt, clock.GetUtcNow()), ct) == 1;

    public async Task<IReadOnlyList<AgreementFacts>> ListFactsAsync(IReadOnlyCollection<Guid>? ids, CancellationToken ct)
    {
        var query = db.Agreements.AsNoTracking().Include(a => a.Partners).AsQueryable();
        if (ids is not null)
        {
            var wanted = ids.Distinct().ToList();
            query = query.Where(a => wanted.Contains(a.Id));
        }
        return await FactsAsync(await query.OrderBy(a => a.Reference).ToListAsync(ct), ct);
    }

    public async Task<IReadOnlyList<AgreementFacts>> ListFactsPageAsync(Guid? after, int size, CancellationToken ct)
    {
        var query = db.Agreements.AsNoTracking().Include(a => a.Partners).AsQueryable();
        if (after is { } from)
        {
            query = query.Where(a => a.Id.CompareTo(from) > 0);
        }
        return await FactsAsync(await query.OrderBy(a => a.Id).Take(Math.Max(1, size)).AsSplitQuery().ToListAsync(ct), ct);
    }

    private async Task<IReadOnlyList<AgreementFacts>> FactsAsync(List<Agreement> agreements, CancellationToken ct)
    {
        var agreementIds = agreements.Select(a => a.Id).ToList();
        var versions = (await db.Versions.AsNoTracking().Where(v => agreementIds.Contains(v.AgreementId))
                .Select(v => new { v.AgreementId, v.Number, v.Status, v.CreatedAt, v.Snapshot }).ToListAsync(ct))
            .ToLookup(v => v.AgreementId);
        return [.. agreements.Select(a => new AgreementFacts(a.Id, a.Reference, a.Kind, a.ServiceArea, a.Status, [.. a.Regions.Select(r => r.ToString())],
            [.. a.Partners.Select(p => new PartnerFact(p.OrganisationId, p.Members))],
            [
                new StatusEntered(AgreementStatus.Draft, a.DevelopmentStarted ?? WalesDate(a.CreatedAt)),
                .. versions[a.Id].OrderBy(v => v.Number)
                    .Select(v => new StatusEntered(v.Status, WalesDate(v.CreatedAt), AgreementSnapshot.Read(v.Snapshot).ReviewDue)),
            ], a.ReviewDue))];
    }

    private static DateOnly WalesDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, WalesClock.TimeZone).DateTime);

    private static AgreementSummary Summary(Agreement a) => new(a.Id, a.Reference, a.Kind, a.TitleEn, a.Status, a.CoordinatorId, [.. a.PartnerIds], a.TitleCy);
}
