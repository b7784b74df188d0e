using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using SpiPlatform.SharedKernel.Data;

namespace SpiPlatform.Training.Data;

// Lets `dotnet ef migrations add` build the context without a database or the app's start-up.
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<TrainingDbContext>
{
    public TrainingDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TrainingDbContext>();
        options.UseSpiDatabase("Host=127.0.0.1;Database=design_time", TrainingDbContext.Schema);
        return new(options.Options);
    }
}
