using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

internal sealed class SqliteSignInStateStore(SqliteDatabase database, TimeProvider clock) : ISignInStateStore
{
    private const string Columns = "state_hash, code_verifier, channel, chat_user_id, conversation_id, service_address, expires_at";

    public Task SaveAsync(PendingSignIn pending, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            // Expired sign-ins are dropped whenever a new one starts: the table stays as small as the live ones.
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                DELETE FROM sign_in_states WHERE expires_at <= $now;
                INSERT INTO sign_in_states ({Columns}) VALUES ($hash, $verifier, $channel, $user, $conversation, $address, $expires);
                """;
            command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$hash", pending.StateHash);
            command.Parameters.AddWithValue("$verifier", pending.CodeVerifier);
            command.Parameters.AddWithValue("$channel", pending.Channel);
            command.Parameters.AddWithValue("$user", pending.ChatUserId);
            command.Parameters.AddWithValue("$conversation", pending.ConversationId);
            command.Parameters.AddWithValue("$address", pending.ServiceAddress);
            command.Parameters.AddWithValue("$expires", pending.ExpiresAt.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task<PendingSignIn?> FindAsync(string stateHash, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => ReadOneAsync(connection, $"SELECT {Columns} FROM sign_in_states WHERE state_hash = $hash AND expires_at > $now", stateHash, cancellationToken), cancellationToken);

    // DELETE … RETURNING on the single writer: two callbacks racing with one state cannot both get it.
    public Task<PendingSignIn?> TakeAsync(string stateHash, CancellationToken cancellationToken) =>
        database.WriteAsync(connection => ReadOneAsync(connection, $"DELETE FROM sign_in_states WHERE state_hash = $hash RETURNING {Columns}", stateHash, CancellationToken.None), cancellationToken);

    private async Task<PendingSignIn?> ReadOneAsync(SqliteConnection connection, string sql, string stateHash, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$hash", stateHash);
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var pending = new PendingSignIn(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(6)));
        return pending.ExpiresAt > now ? pending : null;
    }
}
