using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MeetingBot.Storage.Sqlite;

/// <summary>Ready when the database file takes a write.</summary>
internal sealed class SqliteHealthCheck(SqliteDatabase database, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await database.WriteAsync(async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO health_probe (id, checked_at) VALUES (1, $now) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at";
                command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("The database takes writes");
        }
        catch (Exception error) when (error is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy($"The database at {database.FilePath} does not take writes: {error.Message}");
        }
    }
}
