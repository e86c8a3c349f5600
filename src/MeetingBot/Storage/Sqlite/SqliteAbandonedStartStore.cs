namespace MeetingBot.Storage.Sqlite;

internal sealed class SqliteAbandonedStartStore(SqliteDatabase database) : IAbandonedStartStore
{
    /// <summary>A create the server is still working on may finish minutes later.</summary>
    private static readonly TimeSpan WatchFor = TimeSpan.FromMinutes(15);

    public Task WatchAsync(string requestKey, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO abandoned_starts (request_key, next_check_at, watch_until) VALUES ($key, $now, $until)
                ON CONFLICT (request_key) DO NOTHING
                """;
            command.Parameters.AddWithValue("$key", requestKey);
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$until", (now + WatchFor).ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<(string RequestKey, int Checks, DateTimeOffset WatchUntil)>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT request_key, checks, watch_until FROM abandoned_starts WHERE next_check_at <= $now ORDER BY next_check_at LIMIT $limit";
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$limit", limit);
            var due = new List<(string, int, DateTimeOffset)>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                due.Add((reader.GetString(0), reader.GetInt32(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))));
            }

            return (IReadOnlyList<(string, int, DateTimeOffset)>)due;
        }, cancellationToken);

    public Task CheckLaterAsync(string requestKey, int checks, DateTimeOffset nextCheckAt, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE abandoned_starts SET checks = $checks, next_check_at = $next WHERE request_key = $key";
            command.Parameters.AddWithValue("$key", requestKey);
            command.Parameters.AddWithValue("$checks", checks);
            command.Parameters.AddWithValue("$next", nextCheckAt.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task ForgetAsync(string requestKey, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM abandoned_starts WHERE request_key = $key";
            command.Parameters.AddWithValue("$key", requestKey);
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT MIN(next_check_at) FROM abandoned_starts";
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long millis
                ? DateTimeOffset.FromUnixTimeMilliseconds(millis)
                : (DateTimeOffset?)null;
        }, cancellationToken);
}
