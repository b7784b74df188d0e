using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.QualityAssurance.Domain;

/// <summary>Which group reviews an agreement, from the areas its coordinating organisation serves.</summary>
internal static class QaRegions
{
    /// <summary>
    /// The one regional group covering every area the coordinator serves; when the coordinator serves all of Wales,
    /// outside Wales, several regions or nothing known, the national WASPI team.
    /// </summary>
    public static QaGroup GroupFor(IReadOnlyCollection<ServiceArea> coordinatorAreas, IReadOnlyList<QaGroup> groups)
    {
        var national = groups.Single(g => g.IsNational);
        if (coordinatorAreas.Count == 0)
        {
            return national;
        }
        var covering = groups.Where(g => !g.IsNational && coordinatorAreas.All(g.Areas.Contains)).ToList();
        return covering.Count == 1 ? covering[0] : national;
    }
}
