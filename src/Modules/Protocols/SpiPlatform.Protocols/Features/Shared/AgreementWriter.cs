using SpiPlatform.Protocols.Domain;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.Shared;

/// <summary>Copies checked input onto an agreement and refreshes what search keeps about it.</summary>
internal static class AgreementWriter
{
    public static void Apply(Agreement a, AgreementInput input)
    {
        a.Kind = input.Kind;
        a.TitleEn = AgreementRules.Tidy(input.TitleEn)!;
        a.TitleCy = AgreementRules.Tidy(input.TitleCy) ?? a.TitleEn;
        a.SummaryEn = AgreementRules.Tidy(input.SummaryEn) ?? "";
        a.SummaryCy = AgreementRules.Tidy(input.SummaryCy) ?? "";
        a.Purpose = AgreementRules.Tidy(input.Purpose) ?? "";
        a.ServiceArea = input.ServiceArea!.Value;
        a.Regions = [.. (input.Regions ?? []).Distinct()];
        a.CoordinatorId = input.CoordinatorId!.Value;
        var partners = AgreementRules.Partners(input);
        a.Partners.RemoveAll(p => partners.All(n => n.OrganisationId != p.OrganisationId));
        foreach (var partner in partners)
        {
            if (a.Partners.FirstOrDefault(p => p.OrganisationId == partner.OrganisationId) is { } existing)
            {
                existing.Role = partner.Role;
                existing.Members = partner.Members;
            }
            else
            {
                a.Partners.Add(new AgreementPartner { AgreementId = a.Id, OrganisationId = partner.OrganisationId, Role = partner.Role, Members = partner.Members });
            }
        }
        a.ServiceUsers = AgreementRules.Tidy(input.ServiceUsers) ?? "";
        a.DataCategories = [.. (input.DataCategories ?? []).Distinct()];
        a.ConsentRequired = input.ConsentRequired;
        a.Gateways = [.. (input.Gateways ?? []).Select(c => c.Trim()).Distinct()];
        a.OtherLegalBasis = AgreementRules.Tidy(input.OtherLegalBasis);
        a.ConsentHowObtained = AgreementRules.Tidy(input.ConsentHowObtained);
        a.ConsentReviewInterval = AgreementRules.Tidy(input.ConsentReviewInterval);
        a.ConsentOverrideCriteria = AgreementRules.Tidy(input.ConsentOverrideCriteria);
        a.SecurityNotes = AgreementRules.Tidy(input.SecurityNotes);
        a.RetentionNotes = AgreementRules.Tidy(input.RetentionNotes);
        a.ReviewDue = input.ReviewDue!.Value;
        a.DpiaReference = AgreementRules.Tidy(input.DpiaReference);
        a.DpiaStatus = AgreementRules.Tidy(input.DpiaStatus);
        a.DevelopmentStarted = input.DevelopmentStarted;
        a.PractitionerHours = input.PractitionerHours;
    }

    /// <summary>Search text: service area, partner names, legal bases and every flow in words.</summary>
    public static void RefreshSearch(Agreement a, IReadOnlyDictionary<Guid, OrganisationSummary> register)
    {
        string Name(Guid id) => register.TryGetValue(id, out var o) ? $"{o.NameEn} {o.NameCy}" : "";
        var words = new List<string> { Words(a.ServiceArea.ToString()), a.ServiceUsers, a.OtherLegalBasis ?? "", a.ConsentHowObtained ?? "" };
        words.AddRange(a.Partners.Select(p => Name(p.OrganisationId)));
        words.AddRange(a.DataCategories.Select(d => Words(d.ToString())));
        words.AddRange(a.Gateways.Select(Words));
        words.AddRange(a.Flows.Select(f => $"{f.CustomStage ?? f.Stage.ToString()} {Words(f.Method.ToString())} {f.Frequency} {string.Join(' ', f.Data.Select(d => Words(d.ToString())))}"));
        a.SearchText = string.Join(' ', words.Where(w => w.Length > 0));
        a.PartnerSectors = [.. a.Partners.Select(p => register.TryGetValue(p.OrganisationId, out var o) ? o.Sector : (OrganisationSector?)null)
            .OfType<OrganisationSector>().Distinct().Order()];
    }

    // "DomesticAbuse" → "Domestic Abuse", so the words are found by full-text search.
    private static string Words(string pascal) => System.Text.RegularExpressions.Regex.Replace(pascal, "(?<=[a-z0-9])(?=[A-Z])", " ");
}
