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
    /// Keeps a copy of the database as the app's start left it (migrated, demo data seeded, queued jobs finished), for
    /// <see cref="ResetAsync"/> to put back. Taken once, right after the start, so no assembly seeds the demo data twice.
    /// </summary>
    public async Task TakeSeededSnapshotAsync()
    {
        await Services.QueuedJobsFinishedAsync();
        var schemas = Services.GetServices<ModuleDbContextRegistration>().Select(r => r.Schema).ToList();
        _seeded = await DatabaseSnapshot.TakeAsync(Database.ConnectionString, schemas);
    }

    /// <summary>Puts every module's tables back as the start left them: the demo data, as on a fresh start.</summary>
    public async Task ResetAsync()
    {
        await _resetting.WaitAsync();
        try
        {
            // An outbox dispatch still running from the last test holds its outbox rows while a handler works in another
            // schema; truncating under it would leave the handler waiting on the truncate and the truncate on the dispatch.
            await Services.QueuedJobsFinishedAsync();
            if (_seeded is null)
            {
                throw new InvalidOperationException("No snapshot to reset to: the fixture calls TakeSeededSnapshotAsync once the app has started.");
            }
            await _seeded.RestoreAsync(Database.ConnectionString);
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
