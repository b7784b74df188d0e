using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Signatories.Data;

// Lets `dotnet ef migrations add` build the context without a database or the app's start-up.
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<SignatoriesDbContext>
{
    public SignatoriesDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SignatoriesDbContext>();
        options.UseSpiDatabase("Host=127.0.0.1;Database=design_time", SignatoriesDbContext.Schema);
        return new(options.Options);
    }
}
