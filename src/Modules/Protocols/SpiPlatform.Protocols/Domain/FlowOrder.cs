namespace SpiPlatform.Protocols.Domain;

/// <summary>The order the Information Flow Reference Table is read in: by stage, then as the agreement lists them.</summary>
internal static class FlowOrder
{
    /// <summary>One group per stage (each custom stage its own), in stage order; the page and the ISP document share it.</summary>
    public static IEnumerable<IGrouping<string, InformationFlow>> ByStage(IEnumerable<InformationFlow> flows)
        => flows.OrderBy(f => f.Stage).ThenBy(f => f.Position).GroupBy(f => f.Stage + "/" + f.CustomStage);
}
