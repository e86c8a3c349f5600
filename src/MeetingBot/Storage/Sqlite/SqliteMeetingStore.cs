using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

internal sealed class SqliteMeetingStore(SqliteDatabase database) : IMeetingStore
{
    private const string Columns =
        "request_key, conference_id, backend, topic, owner_id, invitee_ids, join_url, page_url, channel, conversation_id, started_by, started_at";

    private const string ColumnsWithCard = Columns + ", card_message_id";

    private const string InsertSql = $"""
        INSERT INTO meetings ({ColumnsWithCard})
        VALUES ($key, $conference, $backend, $topic, $owner, $invitees, $join, $page, $channel, $conversation, $startedBy, $startedAt,
            -- A card delivered late by the outbox may have been delivered before the meeting was stored.
            COALESCE($card, (SELECT message_id FROM outbox WHERE meeting_key = $key AND state = 1 ORDER BY seq DESC LIMIT 1)))
        ON CONFLICT (request_key) DO NOTHING
        """;

    public Task<bool> TryAddAsync(MeetingRecord meeting, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            var command = database.WriterCommand(connection, InsertSql);
            command.Parameters.AddWithValue("$key", meeting.RequestKey);
            command.Parameters.AddWithValue("$conference", meeting.ConferenceId);
            command.Parameters.AddWithValue("$backend", meeting.Backend);
            command.Parameters.AddWithValue("$topic", meeting.Topic);
            command.Parameters.AddWithValue("$owner", meeting.OwnerId);
            command.Parameters.AddWithValue("$invitees", string.Join('\n', meeting.InviteeIds));
            command.Parameters.AddWithValue("$join", meeting.JoinUrl);
            command.Parameters.AddWithValue("$page", (object?)meeting.PageUrl ?? DBNull.Value);
            command.Parameters.AddWithValue("$channel", meeting.Channel);
            command.Parameters.AddWithValue("$conversation", meeting.ConversationId);
            command.Parameters.AddWithValue("$startedBy", meeting.StartedByChatUserId);
            command.Parameters.AddWithValue("$startedAt", meeting.StartedAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$card", (object?)meeting.CardMessageId ?? DBNull.Value);
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
        }, cancellationToken);

    public Task<MeetingRecord?> FindByRequestKeyAsync(string requestKey, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {ColumnsWithCard} FROM meetings WHERE request_key = $key";
            command.Parameters.AddWithValue("$key", requestKey);
            return await ReadSingleAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<MeetingRecord?> FindLatestInConversationAsync(string channel, string conversationId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT {ColumnsWithCard} FROM meetings
                WHERE channel = $channel AND conversation_id = $conversation
                ORDER BY started_at DESC LIMIT 1
                """;
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$conversation", conversationId);
            return await ReadSingleAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private static async Task<MeetingRecord?> ReadSingleAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var invitees = reader.GetString(5);
        return new MeetingRecord(
            ConferenceId: reader.GetString(1),
            Backend: reader.GetString(2),
            Topic: reader.GetString(3),
            OwnerId: reader.GetString(4),
            InviteeIds: invitees.Length == 0 ? [] : invitees.Split('\n'),
            JoinUrl: reader.GetString(6),
            PageUrl: reader.IsDBNull(7) ? null : reader.GetString(7),
            Channel: reader.GetString(8),
            ConversationId: reader.GetString(9),
            StartedByChatUserId: reader.GetString(10),
            RequestKey: reader.GetString(0),
            StartedAt: DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)),
            CardMessageId: reader.IsDBNull(12) ? null : reader.GetString(12));
    }
}
