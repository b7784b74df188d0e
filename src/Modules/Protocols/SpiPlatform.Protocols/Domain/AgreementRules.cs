using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Domain;

/// <summary>Checks an agreement's fields and flows. Field names match the GraphQL input.</summary>
internal static class AgreementRules
{
    public const int MaxTitleLength = 300;

    public static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Problems with the input; partners are checked against the register's summaries.</summary>
    public static List<Problem> Check(AgreementInput input, IReadOnlyDictionary<Guid, OrganisationSummary> register, DateOnly today)
    {
        var problems = new List<Problem>();
        var title = Tidy(input.TitleEn);
        if (title is null)
        {
            problems.Add(Problem.Invalid("titleEn", "Enter the agreement's title in English."));
        }
        else if (title.Length > MaxTitleLength || Tidy(input.TitleCy)?.Length > MaxTitleLength)
        {
            problems.Add(Problem.Invalid("titleEn", "A title must be 300 characters or fewer."));
        }
        if (input.ServiceArea is null)
        {
            problems.Add(Problem.Invalid("serviceArea", "Choose the service area the agreement supports."));
        }
        if (input.CoordinatorId is null)
        {
            problems.Add(Problem.Invalid("coordinatorId", "Choose the coordinating organisation."));
        }
        var inputPartners = input.Partners ?? [];
        for (var i = 0; i < inputPartners.Count; i++)
        {
            CheckSignatory(inputPartners[i].OrganisationId, $"partners[{i}].organisationId", register, problems);
        }
        if (input.CoordinatorId is { } coordinator && inputPartners.All(p => p.OrganisationId != coordinator))
        {
            CheckSignatory(coordinator, "coordinatorId", register, problems);
        }
        if (input.ReviewDue is not { } review)
        {
            problems.Add(Problem.Invalid("reviewDue", "Enter the date the agreement will be reviewed."));
        }
        else if (review < today)
        {
            problems.Add(Problem.Invalid("reviewDue", "The review date must be in the future."));
        }
        if (input.PractitionerHours is < 0)
        {
            problems.Add(Problem.Invalid("practitionerHours", "Practitioner hours cannot be negative."));
        }
        return problems;
    }

    /// <summary>
    /// Every cited code must be on the list; a repealed or retired basis may stay where the draft already cited it, but
    /// may not be newly chosen.
    /// </summary>
    public static List<Problem> CheckLegalBases(IEnumerable<string> codes, IReadOnlyCollection<string> alreadyCited, LegalBasisLaw law, string field = "gateways")
    {
        var problems = new List<Problem>();
        foreach (var code in codes.Distinct().Where(c => !alreadyCited.Contains(c)))
        {
            if (law.Find(code) is not { } basis)
            {
                problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, field, "{0} is not on the list of legal bases.", code));
            }
            else if (basis.Repealed)
            {
                problems.Add(code == LegalBasisCodes.DataProtectionAct1998
                    ? Problem.Invalid(field, "The Data Protection Act 1998 was repealed: choose a basis under current law, such as UK GDPR and the Data Protection Act 2018.")
                    : Problem.Describe(ErrorCodes.ValidationFailed, field, "{0} was repealed: choose a basis under current law.", basis.NameEn));
            }
            else if (basis.RetiredAt is not null)
            {
                problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, field, "{0} has been retired from the list of legal bases: choose a current one.", basis.NameEn));
            }
        }
        return problems;
    }

    /// <summary>What a draft needs before the WASPI team will look at it (a draft may be saved without these).</summary>
    public static List<Problem> CheckReadyForQualityAssurance(Agreement a)
    {
        var problems = new List<Problem>();
        if (a.DataCategories.Count == 0)
        {
            problems.Add(Problem.Invalid("dataCategories", "Say what personal information is shared."));
        }
        if (a.ConsentRequired && Tidy(a.ConsentHowObtained) is null)
        {
            problems.Add(Problem.Invalid("consentHowObtained", "Say how consent is obtained."));
        }
        if (!a.ConsentRequired && a.Gateways.Count == 0 && Tidy(a.OtherLegalBasis) is null)
        {
            problems.Add(Problem.Invalid("gateways", "Give the legal basis for sharing: consent, a statutory gateway, or another basis."));
        }
        if (a.Flows.Count == 0)
        {
            problems.Add(Problem.Invalid("flows", "Add at least one information flow before submitting for quality assurance."));
        }
        return problems;
    }

    private static void CheckSignatory(Guid id, string field, IReadOnlyDictionary<Guid, OrganisationSummary> register, List<Problem> problems)
    {
        if (!register.TryGetValue(id, out var organisation))
        {
            problems.Add(Problem.Invalid(field, "That organisation is not on the Accord register."));
        }
        else if (!organisation.IsActiveSignatory)
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, field, "{0} is not an active Accord signatory, so it cannot be a partner.", organisation.NameEn));
        }
    }

    /// <summary>The partners, with the coordinator always among them in the Coordinator role.</summary>
    public static List<PartnerInput> Partners(AgreementInput input)
    {
        var partners = (input.Partners ?? []).GroupBy(p => p.OrganisationId).Select(g => g.First())
            .Where(p => p.OrganisationId != input.CoordinatorId).ToList();
        if (input.CoordinatorId is { } coordinator)
        {
            var members = (input.Partners ?? []).FirstOrDefault(p => p.OrganisationId == coordinator)?.Members ?? 1;
            partners.Add(new PartnerInput(coordinator, PartnerRole.Coordinator, members));
        }
        return partners;
    }

    public static List<Problem> CheckFlow(FlowInput flow, IReadOnlyCollection<Guid> partners)
    {
        var problems = new List<Problem>();
        if (!partners.Contains(flow.FromOrganisationId))
        {
            problems.Add(Problem.Invalid("fromOrganisationId", "Information can only flow from a partner of this agreement."));
        }
        if (!partners.Contains(flow.ToOrganisationId))
        {
            problems.Add(Problem.Invalid("toOrganisationId", "Information can only flow to a partner of this agreement."));
        }
        if (flow.FromOrganisationId == flow.ToOrganisationId)
        {
            problems.Add(Problem.Invalid("toOrganisationId", "A flow goes from one partner to a different one."));
        }
        if (flow.Stage == FlowStage.Custom && Tidy(flow.CustomStage) is null)
        {
            problems.Add(Problem.Invalid("customStage", "Name the stage."));
        }
        if ((flow.Data ?? []).Count == 0)
        {
            problems.Add(Problem.Invalid("data", "Choose at least one kind of information that flows."));
        }
        return problems;
    }
}
