using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.TestKit;

/// <summary>
/// The real app (environment <c>Testing</c>: ephemeral OAuth keys, demo accounts seeded) on a test database.
/// With <c>kestrel</c> it listens on a free 127.0.0.1 port, for browsers.
/// </summary>
public sealed class SpiApplicationFactory : WebApplicationFactory<Program>
{
    private readonly Action<IWebHostBuilder>? _configure;
    private readonly SemaphoreSlim _resetting = new(1, 1);
    private DatabaseSnapshot? _seeded;

    public SpiApplicationFactory(TestDatabase database, bool kestrel = false, Action<IWebHostBuilder>? configure = null)
    {
        Database = database;
        _configure = configure;
        if (kestrel)
        {
            UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        }
    }

    public TestDatabase Database { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("DATABASE", Database.ConnectionString);
        _configure?.Invoke(builder);
    }

    /// <summary>
    /// Empties every module's tables, then seeds the demo data again, as on a fresh start. The first reset really seeds
    /// and keeps a snapshot of the result; later resets put that snapshot back, which gives the same rows far faster.
    /// </summary>
    public async Task ResetAsync()
    {
        await _resetting.WaitAsync();
        try
        {
            // An outbox dispatch still running from the last test holds its outbox rows while a handler works in another
            // schema; truncating under it would leave the handler waiting on the truncate and the truncate on the dispatch.
            await Services.QueuedJobsFinishedAsync();
            if (_seeded is not null)
            {
                await _seeded.RestoreAsync(Database.ConnectionString);
                return;
            }
            var schemas = Services.GetServices<ModuleDbContextRegistration>().Select(r => r.Schema).ToList();
            await DatabaseReset.TruncateAsync(Database.ConnectionString, schemas);
            await using (var scope = Services.CreateAsyncScope())
            {
                foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>())
                {
                    await seeder.SeedAsync(CancellationToken.None);
                }
            }
            _seeded = await DatabaseSnapshot.TakeAsync(Database.ConnectionString, schemas);
        }
        finally
        {
            _resetting.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _resetting.Dispose();
        }
        base.Dispose(disposing);
    }
}
