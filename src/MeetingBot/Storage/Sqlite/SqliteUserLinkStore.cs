namespace MeetingBot.Storage.Sqlite;

internal sealed class SqliteUserLinkStore(SqliteDatabase database, TimeProvider clock) : IUserLinkStore
{
    public Task<string?> FindAsync(string channel, string chatUserId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT conference_user_id FROM user_links WHERE channel = $channel AND chat_user_id = $user";
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$user", chatUserId);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        }, cancellationToken);

    public Task SetAsync(string channel, string chatUserId, string conferenceUserId, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO user_links (channel, chat_user_id, conference_user_id, updated_at) VALUES ($channel, $user, $target, $now)
                ON CONFLICT (channel, chat_user_id) DO UPDATE SET conference_user_id = excluded.conference_user_id, updated_at = excluded.updated_at
                """;
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$user", chatUserId);
            command.Parameters.AddWithValue("$target", conferenceUserId);
            command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);
}
