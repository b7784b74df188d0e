using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Host.Auth;

/// <summary>The demo staff users and OAuth clients seeded in Development and tests (never in Production).</summary>
internal static class DemoAccounts
{
    public const string Password = "Demo-Passw0rd!";

    /// <summary>The organisation the demo editor may edit; the Signatories demo data gives it a name.</summary>
    public static readonly Guid EditorOrganisationId = DemoOrganisationIds.EditorOrganisation;

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        new("programme@demo.spi.wales", "Demo Programme Team", SpiRoles.ProgrammeTeam, null),
        new("qa@demo.spi.wales", "Demo QA Reviewer", SpiRoles.QaReviewer, null),
        new("editor@demo.spi.wales", "Demo Organisation Editor", SpiRoles.OrganisationEditor, EditorOrganisationId),
        new("evaluator@demo.spi.wales", "Demo Evaluator", SpiRoles.Evaluator, null),
        // Partner signatories: QA's demo data gives each the sign-off right for their organisation.
        new("caldicott@demo.spi.wales", "Demo Caldicott Guardian", SpiRoles.OrganisationEditor, DemoOrganisationIds.Of("Aneurin Bevan Health Board")),
        new("inspector@demo.spi.wales", "Demo Chief Inspector", SpiRoles.OrganisationEditor, DemoOrganisationIds.Of("Gwent Police")),
    ];

    public static IReadOnlyList<DemoClient> Clients { get; } =
    [
        new("demo-evaluator", "demo-evaluator-secret", "Demo evaluator",
            [SpiScopes.SignatoriesRead, SpiScopes.ProtocolsRead, SpiScopes.TrainingRead, SpiScopes.MetricsRead]),
        new("demo-partner", "demo-partner-secret", "Demo partner",
            [SpiScopes.SignatoriesRead, SpiScopes.SignatoriesWrite, SpiScopes.ProtocolsRead, SpiScopes.ProtocolsWrite,
             SpiScopes.TrainingRead, SpiScopes.TrainingWrite]),
    ];
}

internal sealed record DemoUser(string Email, string DisplayName, string Role, Guid? OrganisationId);

internal sealed record DemoClient(string ClientId, string Secret, string DisplayName, IReadOnlyList<string> Scopes);
