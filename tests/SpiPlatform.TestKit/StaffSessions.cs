using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Host.Auth;

namespace SpiPlatform.TestKit;

/// <summary>
/// One signed-in session per demo member of staff (a cookie, a browser state...), reused while their account row
/// is exactly as it was just after they signed in: same id, security stamp and concurrency stamp. Whatever changes
/// the account (created again, a failed attempt, a role change) makes the next caller sign in afresh, so a reused
/// session is always one a fresh sign-in would give. Resets put the same rows back, so sessions survive them.
/// </summary>
internal sealed class StaffSessions<TSession>(IServiceProvider services, Func<string, Task<TSession>> signIn) : IDisposable
{
    private readonly Dictionary<string, (TSession Session, string Account)> _sessions = [];
    private readonly SemaphoreSlim _signingIn = new(1, 1);

    public async Task<TSession> GetAsync(string email)
    {
        await _signingIn.WaitAsync();
        try
        {
            if (_sessions.TryGetValue(email, out var kept) && kept.Account == await AccountAsync(email))
            {
                return kept.Session;
            }
            var session = await signIn(email);
            _sessions[email] = (session, await AccountAsync(email));
            return session;
        }
        finally
        {
            _signingIn.Release();
        }
    }

    public void Dispose() => _signingIn.Dispose();

    private async Task<string> AccountAsync(string email)
    {
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByEmailAsync(email);
        return user is null ? "" : $"{user.Id} {user.SecurityStamp} {user.ConcurrencyStamp}";
    }
}
