namespace SpiPlatform.Bench;

/// <summary>An organisation as the agreements generator needs it: who, which sector, where.</summary>
internal sealed record GeneratedOrganisation(Guid Id, string NameEn, string NameCy, string Sector, string[] Areas, string Status);
