using Microsoft.Extensions.Options;
using SpiPlatform.Host.Data;
using SpiPlatform.Host.Startup;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddSpiPlatform();

    var app = builder.Build();
    await app.PrepareDatabaseAsync();
    app.UseSpiPlatform();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is StartupException or OptionsValidationException)
{
    // A start-up problem is the operator's to fix: one plain sentence, no stack trace.
    await Console.Error.WriteLineAsync($"SPI Platform cannot start: {e.Message}");
    return 1;
}

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
