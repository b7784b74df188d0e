using SpiPlatform.SharedKernel.Localization;

namespace SpiPlatform.Signatories.Contracts;

/// <summary>The official English and Welsh names of the areas (place names, so not in resource files).</summary>
public static class ServiceAreaNames
{
    /// <summary>The area's name in the reader's language.</summary>
    public static string Of(ServiceArea area) => Of(area, Bilingual.IsWelsh);

    /// <summary>The area's name in Welsh or English.</summary>
    public static string Of(ServiceArea area, bool welsh) => Names.TryGetValue(area, out var n) ? (welsh ? n.Cy : n.En) : area.ToString();

    private static readonly Dictionary<ServiceArea, (string En, string Cy)> Names = new()
    {
        [ServiceArea.BlaenauGwent] = ("Blaenau Gwent", "Blaenau Gwent"),
        [ServiceArea.Bridgend] = ("Bridgend", "Pen-y-bont ar Ogwr"),
        [ServiceArea.Caerphilly] = ("Caerphilly", "Caerffili"),
        [ServiceArea.Cardiff] = ("Cardiff", "Caerdydd"),
        [ServiceArea.Carmarthenshire] = ("Carmarthenshire", "Sir Gaerfyrddin"),
        [ServiceArea.Ceredigion] = ("Ceredigion", "Ceredigion"),
        [ServiceArea.Conwy] = ("Conwy", "Conwy"),
        [ServiceArea.Denbighshire] = ("Denbighshire", "Sir Ddinbych"),
        [ServiceArea.Flintshire] = ("Flintshire", "Sir y Fflint"),
        [ServiceArea.Gwynedd] = ("Gwynedd", "Gwynedd"),
        [ServiceArea.IsleOfAnglesey] = ("Isle of Anglesey", "Ynys Môn"),
        [ServiceArea.MerthyrTydfil] = ("Merthyr Tydfil", "Merthyr Tudful"),
        [ServiceArea.Monmouthshire] = ("Monmouthshire", "Sir Fynwy"),
        [ServiceArea.NeathPortTalbot] = ("Neath Port Talbot", "Castell-nedd Port Talbot"),
        [ServiceArea.Newport] = ("Newport", "Casnewydd"),
        [ServiceArea.Pembrokeshire] = ("Pembrokeshire", "Sir Benfro"),
        [ServiceArea.Powys] = ("Powys", "Powys"),
        [ServiceArea.RhonddaCynonTaf] = ("Rhondda Cynon Taf", "Rhondda Cynon Taf"),
        [ServiceArea.Swansea] = ("Swansea", "Abertawe"),
        [ServiceArea.Torfaen] = ("Torfaen", "Tor-faen"),
        [ServiceArea.ValeOfGlamorgan] = ("Vale of Glamorgan", "Bro Morgannwg"),
        [ServiceArea.Wrexham] = ("Wrexham", "Wrecsam"),
        [ServiceArea.AllWales] = ("All Wales", "Cymru gyfan"),
        [ServiceArea.OutsideWales] = ("Outside Wales", "Y tu allan i Gymru"),
    };
}
