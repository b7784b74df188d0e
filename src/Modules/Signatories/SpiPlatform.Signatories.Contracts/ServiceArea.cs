namespace SpiPlatform.Signatories.Contracts;

/// <summary>Where an organisation works: the 22 Welsh principal areas, all of Wales, or outside Wales.</summary>
public enum ServiceArea
{
    /// <summary>Blaenau Gwent.</summary>
    BlaenauGwent,
    /// <summary>Bridgend / Pen-y-bont ar Ogwr.</summary>
    Bridgend,
    /// <summary>Caerphilly / Caerffili.</summary>
    Caerphilly,
    /// <summary>Cardiff / Caerdydd.</summary>
    Cardiff,
    /// <summary>Carmarthenshire / Sir Gaerfyrddin.</summary>
    Carmarthenshire,
    /// <summary>Ceredigion.</summary>
    Ceredigion,
    /// <summary>Conwy.</summary>
    Conwy,
    /// <summary>Denbighshire / Sir Ddinbych.</summary>
    Denbighshire,
    /// <summary>Flintshire / Sir y Fflint.</summary>
    Flintshire,
    /// <summary>Gwynedd.</summary>
    Gwynedd,
    /// <summary>Isle of Anglesey / Ynys Môn.</summary>
    IsleOfAnglesey,
    /// <summary>Merthyr Tydfil / Merthyr Tudful.</summary>
    MerthyrTydfil,
    /// <summary>Monmouthshire / Sir Fynwy.</summary>
    Monmouthshire,
    /// <summary>Neath Port Talbot / Castell-nedd Port Talbot.</summary>
    NeathPortTalbot,
    /// <summary>Newport / Casnewydd.</summary>
    Newport,
    /// <summary>Pembrokeshire / Sir Benfro.</summary>
    Pembrokeshire,
    /// <summary>Powys.</summary>
    Powys,
    /// <summary>Rhondda Cynon Taf.</summary>
    RhonddaCynonTaf,
    /// <summary>Swansea / Abertawe.</summary>
    Swansea,
    /// <summary>Torfaen / Tor-faen.</summary>
    Torfaen,
    /// <summary>Vale of Glamorgan / Bro Morgannwg.</summary>
    ValeOfGlamorgan,
    /// <summary>Wrexham / Wrecsam.</summary>
    Wrexham,
    /// <summary>The whole of Wales.</summary>
    AllWales,
    /// <summary>Outside Wales.</summary>
    OutsideWales,
}
