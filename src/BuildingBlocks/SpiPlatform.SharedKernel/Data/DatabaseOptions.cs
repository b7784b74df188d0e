namespace SpiPlatform.SharedKernel.Data;

/// <summary>Where the one PostgreSQL database lives. Set by <c>SPI_DATABASE</c> (an Npgsql connection string).</summary>
public sealed class DatabaseOptions
{
    /// <summary>The Npgsql connection string.</summary>
    public string ConnectionString { get; set; } = "";
}
