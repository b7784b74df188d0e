namespace SpiPlatform.Protocols.DemoData;

/// <summary>
/// Partner entries of the case studies that stand for a group of organisations, with the group's size as the source
/// document gives it (Hafan Lles: "eight GP practices, eleven care homes", 31 organisations in all).
/// </summary>
internal static class DemoPartnerGroups
{
    private static readonly Dictionary<string, int> Sizes = new(StringComparer.Ordinal)
    {
        ["Prestatyn GP Practices (8 practices)"] = 8,
        ["Prestatyn Care Homes (11 homes)"] = 11,
    };

    /// <summary>How many organisations the named partner entry stands for (1 unless it is a group).</summary>
    public static int MembersOf(string partnerName) => Sizes.GetValueOrDefault(partnerName, 1);
}
