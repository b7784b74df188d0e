using OpenIddict.Abstractions;

namespace SpiPlatform.Host.Jobs;

/// <summary>
/// Deletes expired or revoked OAuth tokens, then the authorizations left without tokens (tokens first, because
/// an authorization is only prunable once its tokens are gone). Safe to run any number of times.
/// </summary>
internal sealed class PruneOAuthTokensJob(
    IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, TimeProvider clock, ILogger<PruneOAuthTokensJob> logger)
{
    public const string Id = "prune-oauth-tokens";

    /// <summary>How long an expired or revoked entry is kept, for auditing, before it goes.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(1);

    public async Task RunAsync(CancellationToken ct)
    {
        var threshold = clock.GetUtcNow() - Retention;
        var prunedTokens = await tokens.PruneAsync(threshold, ct);
        var prunedAuthorizations = await authorizations.PruneAsync(threshold, ct);
        logger.LogInformation("Pruned {Tokens} OAuth tokens and {Authorizations} authorizations older than {Threshold}",
            prunedTokens, prunedAuthorizations, threshold);
    }
}
