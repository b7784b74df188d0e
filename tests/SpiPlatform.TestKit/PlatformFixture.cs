using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Xunit;

namespace SpiPlatform.TestKit;

/// <summary>
/// One app and one database for a whole test assembly; tests call <see cref="ResetAsync"/> to start clean.
/// Declare a collection in the test assembly: <c>[CollectionDefinition(PlatformFixture.Collection)]</c>.
/// </summary>
public class PlatformFixture : IAsyncLifetime
{
    public const string Collection = "platform";

    private TestDatabase? _database;
    private SpiApplicationFactory? _factory;
    private StaffSessions<string>? _staffCookies;

    public SpiApplicationFactory Factory => _factory ?? throw new InvalidOperationException("The fixture has not started.");

    protected virtual bool UseKestrel => false;

    /// <summary>Test-only settings or services for this assembly's app (a slow field, a lower limit...).</summary>
    protected virtual void ConfigureApp(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
    }

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(GetType().Assembly.GetName().Name!.Replace("SpiPlatform.", "").Replace(".", "_"));
        _factory = new SpiApplicationFactory(_database, UseKestrel, ConfigureApp);
        if (UseKestrel)
        {
            _factory.StartServer();
        }
        else
        {
            _ = _factory.Server;
        }
        await _factory.TakeSeededSnapshotAsync();
        _staffCookies = new(_factory.Services, SignInOverHttpAsync);
    }

    public Task ResetAsync() => Factory.ResetAsync();

    /// <summary>
    /// A client with its own cookie jar (no redirects followed), optionally signed in as a demo member of staff:
    /// each member of staff signs in through the login form once, and new clients get a copy of their cookie.
    /// </summary>
    public async Task<HttpClient> StaffClientAsync(string? email)
    {
        var cookies = new CookieContainer();
        if (email is not null)
        {
            cookies.Add(Factory.ClientOptions.BaseAddress, new Cookie(StaffLogin.CookieName, await _staffCookies!.GetAsync(email)));
        }
        return ClientWith(cookies);
    }

    // On Kestrel the factory's clients follow redirects whatever the options say, so build that one by hand.
    private HttpClient ClientWith(CookieContainer cookies) => UseKestrel
        ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = Factory.ClientOptions.BaseAddress }
        : Factory.CreateDefaultClient(Factory.ClientOptions.BaseAddress, new CookieContainerHandler(cookies));

    private async Task<string> SignInOverHttpAsync(string email)
    {
        var cookies = new CookieContainer();
        using var client = ClientWith(cookies);
        await StaffLogin.SignInAsync(client, email);
        return cookies.GetCookies(Factory.ClientOptions.BaseAddress)[StaffLogin.CookieName]?.Value
            ?? throw new InvalidOperationException($"Signing {email} in set no {StaffLogin.CookieName} cookie.");
    }

    public virtual async Task DisposeAsync()
    {
        _staffCookies?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
