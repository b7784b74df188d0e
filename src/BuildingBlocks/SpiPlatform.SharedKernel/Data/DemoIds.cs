using System.Security.Cryptography;
using System.Text;

namespace SpiPlatform.SharedKernel.Data;

/// <summary>Stable ids for demo data, so modules seeding separately agree on them across restarts.</summary>
public static class DemoIds
{
    /// <summary>The organisation the demo organisation editor may edit (Torfaen County Borough Council in the demo register).</summary>
    public static readonly Guid EditorOrganisation = Guid.Parse("0b6f1c52-5a8e-4f7e-9b1a-3f0d2c4e7a11");

    /// <summary>The id of a demo-register organisation, by its English name (modules seeding partners use this).</summary>
    public static Guid Organisation(string nameEn)
        => nameEn == "Torfaen County Borough Council" ? EditorOrganisation : For("organisation", nameEn);

    /// <summary>A stable id derived from a kind and a name, e.g. <c>For("organisation", "South Wales Police")</c>.</summary>
    public static Guid For(string kind, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"spi-demo:{kind}:{name}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
