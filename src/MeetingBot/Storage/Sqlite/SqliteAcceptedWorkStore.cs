using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

/// <summary>
/// The only instance's accepted work: what was accepted before this process began belongs to an earlier run and is
/// unfinished for good; what this process accepts or takes over is its own (<c>accepted_at</c> is when it became so).
/// </summary>
internal sealed class SqliteAcceptedWorkStore(SqliteDatabase database, SqliteClaims claims, TimeProvider clock) : IAcceptedWorkStore
{
    // Made before the first accept of this process (every accept goes through this store).
    private readonly long _startedAt = clock.GetUtcNow().ToUnixTimeMilliseconds();

    private const string InsertWorkSql =
        "INSERT INTO accepted_work (key, source, payload, accepted_at) VALUES ($key, $source, $payload, $now) ON CONFLICT (key) DO NOTHING";

    public async ValueTask<bool> TryAcceptAsync(string key, string source, byte[] payload, TimeSpan claimLifetime, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return await database.WriteAsync(async connection =>
        {
            if (!await claims.TryClaimAsync(connection, key, now, claimLifetime).ConfigureAwait(false))
            {
                return false;
            }

            var insert = database.WriterCommand(connection, InsertWorkSql);
            insert.Parameters.AddWithValue("$key", key);
            insert.Parameters.AddWithValue("$source", source);
            insert.Parameters.AddWithValue("$payload", payload);
            insert.Parameters.AddWithValue("$now", now);
            await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM accepted_work WHERE key = $key; DELETE FROM claimed_keys WHERE key = $key;";
            command.Parameters.AddWithValue("$key", key);
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task CompleteAsync(string key, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            var command = database.WriterCommand(connection, "DELETE FROM accepted_work WHERE key = $key");
            command.Parameters.AddWithValue("$key", key);
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    // Its delivered-reply marks join the next write's commit anyway (group commit): nothing to hold back.
    public IAcceptedWorkRun BeginRun(string key) => new PlainAcceptedWorkRun(this, key);

    public TimeSpan? RecheckEvery => null;

    // The only instance: nobody else could take its work.
    public Task RenewOwnAsync(string source, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<(IReadOnlyList<AcceptedWork> Resumed, IReadOnlyList<string> Abandoned)> TakeUnfinishedAsync(
        string source, int maxAttempts, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            var before = _startedAt;
            var resumed = new List<AcceptedWork>();
            var abandoned = new List<string>();
            await using (var select = connection.CreateCommand())
            {
                select.CommandText = "SELECT key, payload, attempts FROM accepted_work WHERE source = $source AND accepted_at < $before ORDER BY accepted_at";
                select.Parameters.AddWithValue("$source", source);
                select.Parameters.AddWithValue("$before", before);
                await using var reader = await select.ExecuteReaderAsync().ConfigureAwait(false);
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    var work = new AcceptedWork(reader.GetString(0), source, reader.GetFieldValue<byte[]>(1), reader.GetInt32(2) + 1);
                    if (work.Attempts > maxAttempts)
                    {
                        abandoned.Add(work.Key);
                    }
                    else
                    {
                        resumed.Add(work);
                    }
                }
            }

            await using var update = connection.CreateCommand();
            update.CommandText = """
                DELETE FROM accepted_work WHERE source = $source AND accepted_at < $before AND attempts >= $max;
                UPDATE accepted_work SET attempts = attempts + 1, accepted_at = $now WHERE source = $source AND accepted_at < $before;
                """;
            update.Parameters.AddWithValue("$now", Math.Max(clock.GetUtcNow().ToUnixTimeMilliseconds(), _startedAt));
            update.Parameters.AddWithValue("$source", source);
            update.Parameters.AddWithValue("$before", before);
            update.Parameters.AddWithValue("$max", maxAttempts);
            await update.ExecuteNonQueryAsync().ConfigureAwait(false);
            return ((IReadOnlyList<AcceptedWork>)resumed, (IReadOnlyList<string>)abandoned);
        }, cancellationToken);
}
