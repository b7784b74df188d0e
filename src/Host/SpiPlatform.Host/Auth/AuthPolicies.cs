namespace SpiPlatform.Host.Auth;

/// <summary>Named authorization policies for staff pages.</summary>
internal static class AuthPolicies
{
    public const string ProgrammeTeam = "ProgrammeTeam";
}
