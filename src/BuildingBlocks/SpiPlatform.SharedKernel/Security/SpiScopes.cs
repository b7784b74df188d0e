namespace SpiPlatform.SharedKernel.Security;

/// <summary>OAuth scopes that API clients are granted.</summary>
public static class SpiScopes
{
    /// <summary>Read Accord signatories, including contact details.</summary>
    public const string SignatoriesRead = "signatories:read";
    /// <summary>Register and update organisations and signatures.</summary>
    public const string SignatoriesWrite = "signatories:write";
    /// <summary>Read agreements, including drafts the client may see.</summary>
    public const string ProtocolsRead = "protocols:read";
    /// <summary>Create and edit agreements.</summary>
    public const string ProtocolsWrite = "protocols:write";
    /// <summary>Drive the quality-assurance workflow.</summary>
    public const string QaWrite = "qa:write";
    /// <summary>Read training needs.</summary>
    public const string TrainingRead = "training:read";
    /// <summary>Record training needs.</summary>
    public const string TrainingWrite = "training:write";
    /// <summary>Read programme evaluation metrics.</summary>
    public const string MetricsRead = "metrics:read";

    /// <summary>Every scope the authorization server knows.</summary>
    public static IReadOnlyList<string> All { get; } =
        [SignatoriesRead, SignatoriesWrite, ProtocolsRead, ProtocolsWrite, QaWrite, TrainingRead, TrainingWrite, MetricsRead];
}
