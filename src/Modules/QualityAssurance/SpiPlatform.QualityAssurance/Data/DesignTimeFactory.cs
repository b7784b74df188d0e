using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.QualityAssurance.Data;

// Lets `dotnet ef migrations add` build the context without a database or the app's start-up.
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<QualityAssuranceDbContext>
{
    public QualityAssuranceDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<QualityAssuranceDbContext>();
        options.UseSpiDatabase("Host=127.0.0.1;Database=design_time", QualityAssuranceDbContext.Schema);
        return new(options.Options);
    }
}
