using SpiPlatform.SharedKernel.Data;
using SpiPlatform.Signatories.Contracts;
using static SpiPlatform.Signatories.Contracts.ServiceArea;

namespace SpiPlatform.QualityAssurance.Domain;

/// <summary>The five QA groups: reference data, inserted in every environment by the initial migration.</summary>
internal static class QaGroups
{
    public const string NorthWales = "north-wales";
    public const string MidAndWestWales = "mid-and-west-wales";
    public const string SouthEastWales = "south-east-wales";
    public const string SouthCentralWales = "south-central-wales";
    public const string National = "national-waspi-team";

    public static Guid IdOf(string code) => StableId.For("qa-group", code);

    /// <summary>The five groups as new rows, without members.</summary>
    public static IEnumerable<QaGroup> Create() => All.Select(g => new QaGroup
    {
        Id = IdOf(g.Code), Code = g.Code, NameEn = g.NameEn, NameCy = g.NameCy, IsNational = g.Code == National, Areas = [.. g.Areas],
    });

    public static IReadOnlyList<(string Code, string NameEn, string NameCy, ServiceArea[] Areas)> All { get; } =
    [
        (NorthWales, "North Wales", "Gogledd Cymru", [IsleOfAnglesey, Gwynedd, Conwy, Denbighshire, Flintshire, Wrexham]),
        (MidAndWestWales, "Mid and West Wales", "Canolbarth a Gorllewin Cymru", [Ceredigion, Powys, Carmarthenshire, Pembrokeshire, Swansea, NeathPortTalbot]),
        (SouthEastWales, "South East Wales", "De-ddwyrain Cymru", [BlaenauGwent, Caerphilly, Monmouthshire, Newport, Torfaen]),
        (SouthCentralWales, "South Central Wales", "Canol De Cymru", [Cardiff, ValeOfGlamorgan, Bridgend, RhonddaCynonTaf, MerthyrTydfil]),
        (National, "National WASPI team", "Tîm cenedlaethol WASPI", []),
    ];
}
