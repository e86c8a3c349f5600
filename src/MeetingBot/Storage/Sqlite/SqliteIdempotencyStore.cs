using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

internal sealed class SqliteIdempotencyStore(SqliteDatabase database, TimeProvider clock) : IIdempotencyStore
{
    private const int ClaimsBetweenCleanups = 1000;
    private int _claimsSinceCleanup;

    public async ValueTask<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var cleanUp = Interlocked.Increment(ref _claimsSinceCleanup) % ClaimsBetweenCleanups == 0;
        return await database.WriteAsync(async connection =>
        {
            var claimed = await InsertClaimAsync(database.WriterCommand(connection, InsertClaimSql), key, now, now + (long)lifetime.TotalMilliseconds).ConfigureAwait(false);
            if (cleanUp)
            {
                await DeleteExpiredAsync(connection, now).ConfigureAwait(false);
            }

            return claimed;
        }, cancellationToken).ConfigureAwait(false);
    }

    // An expired claim may be taken again; a live one may not.
    private const string InsertClaimSql = """
        INSERT INTO claimed_keys (key, expires_at) VALUES ($key, $expires)
        ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claimed_keys.expires_at <= $now
        """;

    private static async Task<bool> InsertClaimAsync(SqliteCommand command, string key, long now, long expires)
    {
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$expires", expires);
        command.Parameters.AddWithValue("$now", now);
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
    }

    private static async Task DeleteExpiredAsync(SqliteConnection connection, long now)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM claimed_keys WHERE expires_at <= $now";
        command.Parameters.AddWithValue("$now", now);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
