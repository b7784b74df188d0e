namespace SpiPlatform.SharedKernel.Security;

/// <summary>Staff roles held by people who sign in with a password.</summary>
public static class SpiRoles
{
    /// <summary>Welsh Government programme team: monitors adoption, verifies signatures, runs jobs.</summary>
    public const string ProgrammeTeam = "ProgrammeTeam";
    /// <summary>Central WASPI quality-assurance reviewer.</summary>
    public const string QaReviewer = "QaReviewer";
    /// <summary>Keeps one organisation's details current (see <see cref="SpiClaims.OrganisationId"/>).</summary>
    public const string OrganisationEditor = "OrganisationEditor";
    /// <summary>Programme evaluator with read access to metrics.</summary>
    public const string Evaluator = "Evaluator";

    /// <summary>Every role, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [ProgrammeTeam, QaReviewer, OrganisationEditor, Evaluator];
}
