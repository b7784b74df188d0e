using SpiPlatform.Protocols.Domain;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.Shared;

/// <summary>The register's entries for the organisations an agreement or its input names.</summary>
internal static class PartnerLookup
{
    public static Task<IReadOnlyDictionary<Guid, OrganisationSummary>> FindPartnersAsync(this ISignatoriesApi register, AgreementInput input, CancellationToken ct)
        => register.FindAsync([.. AgreementRules.Partners(input).Select(p => p.OrganisationId)], ct);

    public static Task<IReadOnlyDictionary<Guid, OrganisationSummary>> FindPartnersAsync(this ISignatoriesApi register, Agreement agreement, CancellationToken ct)
        => register.FindAsync([.. agreement.PartnerIds], ct);
}
