using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Protocols.Domain;

/// <summary>Which legal bases are current law. A basis of repealed law (the Data Protection Act 1998) stays on the
/// agreements that cite it, but cannot be chosen for a new draft or added to a draft that did not already have it.</summary>
internal static class LegalBasisLaw
{
    public static bool IsRepealed(StatutoryGateway gateway) => gateway == StatutoryGateway.DataProtectionAct1998;

    /// <summary>The gateways a draft may offer: every current one, and any repealed one it already cites.</summary>
    public static IEnumerable<StatutoryGateway> Offered(IReadOnlyCollection<StatutoryGateway> alreadyCited) =>
        Enum.GetValues<StatutoryGateway>().Where(g => !IsRepealed(g) || alreadyCited.Contains(g));
}
