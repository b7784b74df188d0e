using System.Security.Cryptography;
using System.Text;

namespace SpiPlatform.SharedKernel.Data;

/// <summary>Ids that are the same on every run, so seeders in separate modules agree on them across restarts.</summary>
public static class StableId
{
    /// <summary>A UUID derived from a kind and a name, e.g. <c>For("organisation", "South Wales Police")</c>.</summary>
    public static Guid For(string kind, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"spi-demo:{kind}:{name}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
