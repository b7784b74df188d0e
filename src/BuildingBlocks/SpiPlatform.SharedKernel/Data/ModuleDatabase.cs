using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SpiPlatform.SharedKernel.Data;

/// <summary>A DbContext the host migrates on start-up and checks in <c>/health/ready</c>.</summary>
public sealed record ModuleDbContextRegistration(Type ContextType, string Schema);

/// <summary>Registers a module's DbContext in its own schema, with its own migrations history table.</summary>
public static class ModuleDatabase
{
    /// <summary>The migrations history table name, the same in every schema.</summary>
    public const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>Adds <typeparamref name="TContext"/> on the platform database, in <paramref name="schema"/>.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) => options.UseSpiDatabase(
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString, schema));
        services.AddSingleton(new ModuleDbContextRegistration(typeof(TContext), schema));
        return services;
    }

    /// <summary>Npgsql with the schema's own history table; used at run time and by design-time factories.</summary>
    public static DbContextOptionsBuilder UseSpiDatabase(this DbContextOptionsBuilder options, string connectionString, string schema)
        => options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(HistoryTable, schema));
}
