using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

internal sealed class SqliteOutboxStore(SqliteDatabase database, TimeProvider clock) : IOutboxStore
{
    private const int Waiting = 0;
    private const int Delivered = 1;
    private const int GivenUp = 2;

    private const string Columns = "seq, reply_key, source, conversation, target, body, meeting_key, created_at, attempts";

    private const string InsertSql = """
        INSERT INTO outbox (reply_key, source, conversation, target, body, meeting_key, created_at, attempts, next_attempt_at)
        VALUES ($key, $source, $conversation, $target, $body, $meeting, $created, $attempts, $due)
        ON CONFLICT (reply_key) DO NOTHING
        """;

    private const string RecordDeliveredSql =
        "INSERT INTO delivered_replies (reply_key, message_id, delivered_at) VALUES ($key, $message, $now) ON CONFLICT (reply_key) DO NOTHING";

    private const string DeliveredSql = "UPDATE outbox SET state = 1, message_id = $message, finished_at = $now WHERE seq = $seq";

    public Task AddAsync(OutboxMessage message, DateTimeOffset createdAt, int attempts, DateTimeOffset dueAt, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            var insert = database.WriterCommand(connection, InsertSql);
            insert.Parameters.AddWithValue("$key", message.ReplyKey);
            insert.Parameters.AddWithValue("$source", message.Source);
            insert.Parameters.AddWithValue("$conversation", message.Conversation);
            insert.Parameters.AddWithValue("$target", message.Target);
            insert.Parameters.AddWithValue("$body", message.Body);
            insert.Parameters.AddWithValue("$meeting", (object?)message.MeetingKey ?? DBNull.Value);
            insert.Parameters.AddWithValue("$created", createdAt.ToUnixTimeMilliseconds());
            insert.Parameters.AddWithValue("$attempts", attempts);
            insert.Parameters.AddWithValue("$due", dueAt.ToUnixTimeMilliseconds());
            return await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task RecordDeliveredAsync(string replyKey, string? messageId, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            var insert = database.WriterCommand(connection, RecordDeliveredSql);
            insert.Parameters.AddWithValue("$key", replyKey);
            insert.Parameters.AddWithValue("$message", (object?)messageId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await insert.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task<DeliveredReply?> FindDeliveredAsync(string replyKey, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT message_id FROM delivered_replies WHERE reply_key = $key
                UNION ALL SELECT message_id FROM outbox WHERE reply_key = $key AND state = {Delivered}
                LIMIT 1
                """;
            command.Parameters.AddWithValue("$key", replyKey);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                ? new DeliveredReply(reader.IsDBNull(0) ? null : reader.GetString(0))
                : null;
        }, cancellationToken);

    public Task MarkDeliveredAsync(long sequence, string? messageId, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            var command = database.WriterCommand(connection, DeliveredSql);
            command.Parameters.AddWithValue("$seq", sequence);
            command.Parameters.AddWithValue("$message", (object?)messageId ?? DBNull.Value);
            command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task RetryLaterAsync(long sequence, int attempts, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE outbox SET attempts = $attempts, next_attempt_at = $next WHERE seq = $seq";
            command.Parameters.AddWithValue("$seq", sequence);
            command.Parameters.AddWithValue("$attempts", attempts);
            command.Parameters.AddWithValue("$next", nextAttemptAt.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task GiveUpAsync(long sequence, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE outbox SET state = {GivenUp}, finished_at = $now WHERE seq = $seq";
            command.Parameters.AddWithValue("$seq", sequence);
            command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<PendingDelivery>> DueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT {Columns} FROM outbox AS waiting
                WHERE state = {Waiting} AND next_attempt_at <= $now
                  AND seq = (SELECT MIN(seq) FROM outbox WHERE state = {Waiting} AND conversation = waiting.conversation)
                ORDER BY seq LIMIT $limit
                """;
            command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$limit", limit);
            var due = new List<PendingDelivery>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                due.Add(Read(reader));
            }

            return (IReadOnlyList<PendingDelivery>)due;
        }, cancellationToken);

    public Task<bool> HasNewerToSameTargetAsync(PendingDelivery pending, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            // The pending index (state, conversation, seq) finds the conversation's later rows; few ever wait.
            command.CommandText = $"""
                SELECT EXISTS (SELECT 1 FROM outbox
                WHERE state = {Waiting} AND conversation = $conversation AND seq > $seq AND target = $target)
                """;
            command.Parameters.AddWithValue("$conversation", pending.Message.Conversation);
            command.Parameters.AddWithValue("$seq", pending.Sequence);
            command.Parameters.AddWithValue("$target", pending.Message.Target);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) != 0;
        }, cancellationToken);

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            // Only each conversation's oldest counts: one queued behind a message waiting for a retry is not due before it.
            command.CommandText = $"""
                SELECT MIN(next_attempt_at) FROM outbox AS waiting
                WHERE state = {Waiting}
                  AND seq = (SELECT MIN(seq) FROM outbox WHERE state = {Waiting} AND conversation = waiting.conversation)
                """;
            var next = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return next is long millis ? DateTimeOffset.FromUnixTimeMilliseconds(millis) : (DateTimeOffset?)null;
        }, cancellationToken);

    public TimeSpan? LookAgainWithin => null;

    public Task<IReadOnlyList<string>> WaitingConversationsAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT DISTINCT conversation FROM outbox WHERE state = {Waiting}";
            var conversations = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                conversations.Add(reader.GetString(0));
            }

            return (IReadOnlyList<string>)conversations;
        }, cancellationToken);

    public Task PurgeFinishedAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                DELETE FROM outbox WHERE finished_at IS NOT NULL AND finished_at < $before;
                DELETE FROM delivered_replies WHERE delivered_at < $before;
                """;
            command.Parameters.AddWithValue("$before", before.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    private static PendingDelivery Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        new OutboxMessage(
            reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetFieldValue<byte[]>(5),
            reader.IsDBNull(6) ? null : reader.GetString(6)),
        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7)),
        reader.GetInt32(8));
}
