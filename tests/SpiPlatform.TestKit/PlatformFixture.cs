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
    }

    public Task ResetAsync() => Factory.ResetAsync();

    /// <summary>A client with its own cookie jar (no redirects followed), optionally signed in as a demo member of staff.</summary>
    public async Task<HttpClient> StaffClientAsync(string? email)
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = Factory.ClientOptions.BaseAddress,
        });
        if (email is not null)
        {
            await StaffLogin.SignInAsync(client, email);
        }
        return client;
    }

    public virtual async Task DisposeAsync()
    {
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
