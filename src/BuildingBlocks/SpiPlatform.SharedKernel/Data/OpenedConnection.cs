using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace SpiPlatform.SharedKernel.Data;

/// <summary>
/// A context's own connection for raw Npgsql commands, opened if it was closed and closed again on dispose only in
/// that case, so a caller inside an EF transaction or an open connection keeps it.
/// </summary>
public sealed class OpenedConnection : IAsyncDisposable
{
    private readonly bool _opened;

    private OpenedConnection(NpgsqlConnection connection, bool opened)
    {
        Connection = connection;
        _opened = opened;
    }

    public NpgsqlConnection Connection { get; }

    public static async Task<OpenedConnection> OpenAsync(DbContext db, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }
        return new OpenedConnection(connection, opened);
    }

    public async ValueTask DisposeAsync()
    {
        if (_opened)
        {
            await Connection.CloseAsync();
        }
    }
}
