namespace MeetingBot.Storage.Sqlite;

internal sealed class SqliteIdempotencyStore(SqliteDatabase database, SqliteClaims claims, TimeProvider clock) : IIdempotencyStore
{
    public async ValueTask<bool> TryClaimAsync(string key, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return await database.WriteAsync(
            connection => claims.TryClaimAsync(connection, key, now, lifetime), cancellationToken).ConfigureAwait(false);
    }
}
