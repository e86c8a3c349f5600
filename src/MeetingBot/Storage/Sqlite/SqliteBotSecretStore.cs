namespace MeetingBot.Storage.Sqlite;

internal sealed class SqliteBotSecretStore(SqliteDatabase database, TimeProvider clock) : IBotSecretStore
{
    public Task<string> GetOrAddAsync(string name, string candidate, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            // Insert-if-missing then read, on the single writer: whoever stored first wins, and everyone reads that.
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO bot_secrets (name, value, created_at) VALUES ($name, $value, $now) ON CONFLICT (name) DO NOTHING;
                SELECT value FROM bot_secrets WHERE name = $name;
                """;
            command.Parameters.AddWithValue("$name", name);
            command.Parameters.AddWithValue("$value", candidate);
            command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return (string)(await command.ExecuteScalarAsync().ConfigureAwait(false))!;
        }, cancellationToken);
}
