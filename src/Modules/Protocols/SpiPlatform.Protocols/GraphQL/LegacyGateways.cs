using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Protocols.GraphQL;

/// <summary>
/// The <c>gateways</c> enum fields older clients use, over the agreement's legal-basis codes: a gateway's code is its
/// enum name, so the enum shows the cited codes it can name and the input adds the gateways sent to the codes sent.
/// </summary>
internal static class LegacyGateways
{
    public static List<StatutoryGateway> Of(IEnumerable<string> codes)
        => [.. codes.Select(c => Enum.TryParse<StatutoryGateway>(c, out var g) && Enum.IsDefined(g) && g.ToString() == c ? (StatutoryGateway?)g : null).OfType<StatutoryGateway>()];

    /// <summary>Null when neither field was sent (no bases); else every code, gateways first.</summary>
    public static List<string>? Merge(IEnumerable<StatutoryGateway>? gateways, IEnumerable<string>? codes)
        => gateways is null && codes is null ? null : [.. (gateways ?? []).Select(g => g.ToString()).Concat(codes ?? []).Distinct()];

    /// <summary>Whether a code is one the <c>gateways</c> enum can name.</summary>
    public static bool IsGateway(string code) => Of([code]).Count == 1;
}
