using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.Areas.Dashboard.Pages;

/// <summary>
/// Where each of the 22 principal areas sits in the dashboard's map-like grid (six columns, five rows, roughly as the
/// areas lie on a map of Wales: Anglesey top left, Cardiff and Newport bottom right), and its shade.
/// </summary>
internal static class AreaMap
{
    private static readonly Dictionary<ServiceArea, (int Row, int Column)> Positions = new()
    {
        [ServiceArea.IsleOfAnglesey] = (1, 1), [ServiceArea.Gwynedd] = (1, 2), [ServiceArea.Conwy] = (1, 3),
        [ServiceArea.Denbighshire] = (1, 4), [ServiceArea.Flintshire] = (1, 5),
        [ServiceArea.Ceredigion] = (2, 2), [ServiceArea.Powys] = (2, 3), [ServiceArea.Wrexham] = (2, 5),
        [ServiceArea.Pembrokeshire] = (3, 1), [ServiceArea.Carmarthenshire] = (3, 2), [ServiceArea.NeathPortTalbot] = (3, 3),
        [ServiceArea.MerthyrTydfil] = (3, 4), [ServiceArea.BlaenauGwent] = (3, 5), [ServiceArea.Monmouthshire] = (3, 6),
        [ServiceArea.Swansea] = (4, 2), [ServiceArea.Bridgend] = (4, 3), [ServiceArea.RhonddaCynonTaf] = (4, 4),
        [ServiceArea.Caerphilly] = (4, 5), [ServiceArea.Torfaen] = (4, 6),
        [ServiceArea.ValeOfGlamorgan] = (5, 3), [ServiceArea.Cardiff] = (5, 4), [ServiceArea.Newport] = (5, 5),
    };

    public static (int Row, int Column) PositionOf(ServiceArea area) => Positions.GetValueOrDefault(area, (6, 1));

    /// <summary>The shade, 0 (none) to 3 (the most): the number itself is always written, so the shade only helps the eye.</summary>
    public static int Level(int value, int most) => value <= 0 || most <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(3.0 * value / most), 1, 3);
}
