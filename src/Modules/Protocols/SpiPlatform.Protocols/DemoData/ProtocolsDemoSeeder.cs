using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel.Data;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.DemoData;

/// <summary>
/// The six case-study ISPs where the source document leaves them (three live, one awaiting sign-off, one returned for
/// amendment, one awaiting QA), each with the versions it went through; and the library's starting thesaurus.
/// </summary>
internal sealed class ProtocolsDemoSeeder(ProtocolsDbContext db, ISignatoriesApi register, TimeProvider clock) : IDemoDataSeeder
{
    private const string Importer = "system:demo-data";

    public async Task SeedAsync(CancellationToken ct)
    {
        var existing = (await db.Agreements.Select(a => a.Reference).ToListAsync(ct)).ToHashSet();
        foreach (var demo in DemoAgreements.All.Where(d => !existing.Contains(d.Reference)))
        {
            var agreement = Build(demo);
            AgreementWriter.RefreshSearch(agreement, await register.FindAsync([.. agreement.PartnerIds], ct));
            db.Agreements.Add(agreement);
            var awaitingSignOff = demo.Status is AgreementStatus.AwaitingSignOff or AgreementStatus.Live ? demo.QualityAssuredOn : null;
            var history = new (AgreementStatus Status, DateOnly? On, string Reason)[]
            {
                (AgreementStatus.InQualityAssurance, demo.SubmittedForQa, "Submitted for quality assurance"),
                (AgreementStatus.Draft, demo.ReturnedOn, "Returned for amendment with the WASPI team's feedback"),
                (AgreementStatus.QualityAssured, demo.QualityAssuredOn, "Quality assured by the WASPI team"),
                (AgreementStatus.AwaitingSignOff, awaitingSignOff, "Sent to every partner for sign-off"),
                (AgreementStatus.Live, demo.LiveOn, "Signed off by every partner"),
            };
            var number = 0;
            foreach (var (status, on, reason) in history.Where(h => h.On is not null))
            {
                agreement.Status = status;
                db.Versions.Add(new AgreementVersion
                {
                    Id = StableId.For("agreement-version", $"{demo.Reference}:{++number}"),
                    AgreementId = agreement.Id,
                    Number = number,
                    Status = status,
                    CreatedAt = new DateTimeOffset(on!.Value.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
                    CreatedBy = Importer,
                    Reason = reason,
                    Snapshot = AgreementSnapshot.Of(agreement),
                });
            }
            agreement.Status = demo.Status;
        }
        await TopUpLegalBasesAsync(existing, ct);
        // Only into an empty thesaurus: the programme team edits it, and a term they removed must not come back on a restart.
        if (!await db.Synonyms.AnyAsync(ct))
        {
            db.Synonyms.AddRange(DemoThesaurus.Concepts.SelectMany(c => c.Value.Select(term => new SearchSynonym { Concept = c.Key, Term = term })));
        }
        await db.SaveChangesAsync(ct);
    }

    // Demo agreements seeded before the legal-bases list gain its UK GDPR codes and their flows' bases; nothing cited is removed.
    private async Task TopUpLegalBasesAsync(HashSet<string> existing, CancellationToken ct)
    {
        var demos = DemoAgreements.All.Where(d => existing.Contains(d.Reference)).ToDictionary(d => d.Reference);
        var references = demos.Keys.ToList();
        var seeded = await db.Agreements.Include(a => a.Flows).Where(a => references.Contains(a.Reference) && a.CreatedBy == Importer).ToListAsync(ct);
        foreach (var agreement in seeded)
        {
            var demo = demos[agreement.Reference];
            if (demo.Gateways.Except(agreement.Gateways).Any())
            {
                agreement.Gateways = [.. agreement.Gateways.Union(demo.Gateways)];
            }
            foreach (var flow in agreement.Flows.Where(f => f.LegalBases is null && demo.FlowBases is { Count: > 0 }))
            {
                flow.LegalBases = [.. demo.FlowBases!];
            }
        }
    }

    private Agreement Build(DemoAgreement d)
    {
        var now = clock.GetUtcNow();
        var agreement = new Agreement
        {
            Id = StableId.For("agreement", d.Reference),
            Reference = d.Reference,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = Importer,
        };
        var coordinator = DemoOrganisationIds.Of(d.Coordinator);
        AgreementWriter.Apply(agreement, new Domain.AgreementInput(
            d.Kind, d.TitleEn, d.TitleCy, d.SummaryEn, d.SummaryCy, d.Purpose, d.ServiceArea,
            [.. d.Regions.Select(r => Enum.Parse<ServiceArea>(r.Replace(" ", "", StringComparison.Ordinal), ignoreCase: true))],
            coordinator, [.. d.Partners.Select(p => new PartnerInput(DemoOrganisationIds.Of(p), Members: DemoPartnerGroups.MembersOf(p)))], d.ServiceUsers, d.DataCategories,
            d.ConsentBased, d.Gateways, d.OtherLegalBasis, d.Consent?.HowObtained, d.Consent?.ReviewInterval, d.Consent?.OverrideCriteria,
            d.SecurityNotes, null, d.ReviewDue, null, null, d.DevelopmentStarted, d.PractitionerHours));
        agreement.LiveOn = d.LiveOn;
        var position = 0;
        foreach (var f in d.Flows)
        {
            agreement.Flows.Add(new InformationFlow
            {
                Id = StableId.For("flow", $"{d.Reference}:{++position}"),
                AgreementId = agreement.Id,
                Position = position,
                Stage = f.Stage,
                CustomStage = f.CustomStage,
                FromOrganisationId = DemoOrganisationIds.Of(f.From),
                ToOrganisationId = DemoOrganisationIds.Of(f.To),
                Data = [.. f.Data],
                Method = f.Method,
                Frequency = f.Frequency,
                LegalBases = d.FlowBases is { Count: > 0 } bases ? [.. bases] : null,
            });
        }
        return agreement;
    }
}
