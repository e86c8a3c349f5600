namespace MeetingBot.Storage.Sqlite;

internal sealed class SqliteBotSecretStore(SqliteDatabase database, TimeProvider clock) : IBotSecretStore
{
    /// <summary>Every secret by name, for <c>copy-storage</c>.</summary>
    public Task<IReadOnlyList<(string Name, string Value)>> ReadAllAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<(string Name, string Value)>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT name, value FROM bot_secrets ORDER BY name";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var secrets = new List<(string Name, string Value)>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                secrets.Add((reader.GetString(0), reader.GetString(1)));
            }

            return secrets;
        }, cancellationToken);

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
