using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Protocols.Data;

// Lets `dotnet ef migrations add` build the context without a database or the app's start-up.
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<ProtocolsDbContext>
{
    public ProtocolsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<ProtocolsDbContext>();
        options.UseSpiDatabase("Host=127.0.0.1;Database=design_time", ProtocolsDbContext.Schema);
        return new(options.Options);
    }
}
