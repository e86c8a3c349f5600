using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

/// <summary>De-duplication claims, shared by plain claims and accepted work (which claims and records in one write).</summary>
internal sealed class SqliteClaims(SqliteDatabase database)
{
    private const int ClaimsBetweenCleanups = 1000;
    private int _claimsSinceCleanup;

    // An expired claim may be taken again; a live one may not.
    private const string InsertClaimSql = """
        INSERT INTO claimed_keys (key, expires_at) VALUES ($key, $expires)
        ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE claimed_keys.expires_at <= $now
        """;

    /// <summary>Inside a write: true for the first live claim of <paramref name="key"/>. Now and then deletes expired claims.</summary>
    public async Task<bool> TryClaimAsync(SqliteConnection connection, string key, long now, TimeSpan lifetime)
    {
        var command = database.WriterCommand(connection, InsertClaimSql);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$expires", now + (long)lifetime.TotalMilliseconds);
        command.Parameters.AddWithValue("$now", now);
        var claimed = await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
        if (Interlocked.Increment(ref _claimsSinceCleanup) % ClaimsBetweenCleanups == 0)
        {
            await DeleteExpiredAsync(connection, now).ConfigureAwait(false);
        }

        return claimed;
    }

    private static async Task DeleteExpiredAsync(SqliteConnection connection, long now)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM claimed_keys WHERE expires_at <= $now";
        command.Parameters.AddWithValue("$now", now);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
