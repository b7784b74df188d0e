using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Metrics.Data;

// Lets `dotnet ef migrations add` build the context without a database or the app's start-up.
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MetricsDbContext>
{
    public MetricsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MetricsDbContext>();
        options.UseSpiDatabase("Host=127.0.0.1;Database=design_time", MetricsDbContext.Schema);
        return new(options.Options);
    }
}
