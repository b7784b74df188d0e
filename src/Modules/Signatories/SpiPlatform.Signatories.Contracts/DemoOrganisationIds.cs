using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Signatories.Contracts;

/// <summary>The ids of the demo register's organisations, for modules and accounts that seed demo data naming them.</summary>
public static class DemoOrganisationIds
{
    /// <summary>The organisation the demo organisation editor may edit (Torfaen County Borough Council).</summary>
    public static readonly Guid EditorOrganisation = Guid.Parse("0b6f1c52-5a8e-4f7e-9b1a-3f0d2c4e7a11");

    /// <summary>The id of a demo-register organisation, by its English name.</summary>
    public static Guid Of(string nameEn)
        => nameEn == "Torfaen County Borough Council" ? EditorOrganisation : StableId.For("organisation", nameEn);
}
