namespace SpiPlatform.Host.Data;

/// <summary>Whether start-up seeds the demo users, OAuth clients and each module's demo data.</summary>
internal sealed class DemoDataOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; }
}
