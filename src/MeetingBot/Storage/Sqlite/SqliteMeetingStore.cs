using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

internal sealed class SqliteMeetingStore(SqliteDatabase database) : IMeetingStore
{
    // The state column's values (see the schema's version 2).
    private const int Running = 0;
    private const int Ended = 1;

    private const string Columns = """
        request_key, conference_id, backend, topic, owner_id, invitee_ids, join_url, page_url, channel, conversation_id, started_by, started_at,
        card_message_id, service_address, tenant_id, reply_to_id, state, ended_at, participant_count, guest_url, owner_reminded, checked_at,
        owner_name, invitee_names, language
        """;

    private const string InsertSql = $"""
        INSERT INTO meetings ({Columns})
        VALUES ($key, $conference, $backend, $topic, $owner, $invitees, $join, $page, $channel, $conversation, $startedBy, $startedAt,
            -- A card delivered late by the outbox may have been delivered before the meeting was stored.
            COALESCE($card, (SELECT message_id FROM outbox WHERE meeting_key = $key AND state = 1 ORDER BY seq DESC LIMIT 1)),
            $address, $tenant, $replyTo, $state, $endedAt, $participants, $guest, $reminded, $checkedAt, $ownerName, $inviteeNames, $language)
        ON CONFLICT (request_key) DO NOTHING
        """;

    // Only a running meeting takes news: an ended one stays as it ended, so exactly one caller sees it end.
    private const string UpdateLiveStateSql = """
        UPDATE meetings SET state = $state, ended_at = $endedAt, participant_count = $participants, checked_at = $checkedAt
        WHERE request_key = $key AND state = 0
        """;

    private const string MarkOwnerRemindedSql = "UPDATE meetings SET owner_reminded = 1 WHERE request_key = $key AND owner_reminded = 0";

    private const string SetCardMessageIdSql = "UPDATE meetings SET card_message_id = $card WHERE request_key = $key";

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
            command.Parameters.AddWithValue("$address", meeting.ServiceAddress);
            command.Parameters.AddWithValue("$tenant", (object?)meeting.TenantId ?? DBNull.Value);
            command.Parameters.AddWithValue("$replyTo", (object?)meeting.ReplyToId ?? DBNull.Value);
            command.Parameters.AddWithValue("$state", ToColumn(meeting.State));
            command.Parameters.AddWithValue("$endedAt", Millis(meeting.EndedAt));
            command.Parameters.AddWithValue("$participants", (object?)meeting.ParticipantCount ?? DBNull.Value);
            command.Parameters.AddWithValue("$guest", (object?)meeting.GuestUrl ?? DBNull.Value);
            command.Parameters.AddWithValue("$reminded", meeting.OwnerReminded ? 1 : 0);
            command.Parameters.AddWithValue("$checkedAt", Millis(meeting.CheckedAt));
            command.Parameters.AddWithValue("$ownerName", (object?)meeting.OwnerName ?? DBNull.Value);
            command.Parameters.AddWithValue("$inviteeNames", meeting.InviteeNames is { } names ? string.Join('\n', names) : DBNull.Value);
            command.Parameters.AddWithValue("$language", (object?)meeting.Language ?? DBNull.Value);
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
        }, cancellationToken);

    public Task<MeetingRecord?> FindByRequestKeyAsync(string requestKey, CancellationToken cancellationToken) =>
        FindOneAsync("request_key = $key", command => command.Parameters.AddWithValue("$key", requestKey), cancellationToken);

    public Task<MeetingRecord?> FindLatestInConversationAsync(string channel, string conversationId, CancellationToken cancellationToken) =>
        FindOneAsync("channel = $channel AND conversation_id = $conversation ORDER BY started_at DESC", command =>
        {
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$conversation", conversationId);
        }, cancellationToken);

    public Task<MeetingRecord?> FindByConferenceIdAsync(string backend, string conferenceId, CancellationToken cancellationToken) =>
        FindOneAsync("backend = $backend AND conference_id = $conference ORDER BY started_at DESC", command =>
        {
            command.Parameters.AddWithValue("$backend", backend);
            command.Parameters.AddWithValue("$conference", conferenceId);
        }, cancellationToken);

    /// <summary>The first meeting matching <paramref name="whereAndOrder"/>, read on a reader connection.</summary>
    private Task<MeetingRecord?> FindOneAsync(string whereAndOrder, Action<SqliteCommand> bind, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM meetings WHERE {whereAndOrder} LIMIT 1";
            bind(command);
            return await ReadSingleAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<RunningMeeting>> ListRunningAsync(CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            // The literal state lets SQLite use the partial index of running meetings.
            command.CommandText = $"SELECT request_key, backend, conference_id, checked_at FROM meetings WHERE state = {Running} ORDER BY started_at";
            var running = new List<RunningMeeting>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                running.Add(new RunningMeeting(reader.GetString(0), reader.GetString(1), reader.GetString(2), NullableTime(reader, 3)));
            }

            return (IReadOnlyList<RunningMeeting>)running;
        }, cancellationToken);

    public Task<IReadOnlyList<MeetingRecord>> ListRunningOwnedAsync(string backend, string ownerId, int limit, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM meetings WHERE state = {Running} AND backend = $backend AND owner_id = $owner ORDER BY started_at DESC LIMIT $limit";
            command.Parameters.AddWithValue("$backend", backend);
            command.Parameters.AddWithValue("$owner", ownerId);
            command.Parameters.AddWithValue("$limit", limit);
            var owned = new List<MeetingRecord>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                owned.Add(Read(reader));
            }

            return (IReadOnlyList<MeetingRecord>)owned;
        }, cancellationToken);

    public Task SetCardMessageIdAsync(string requestKey, string messageId, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            var command = database.WriterCommand(connection, SetCardMessageIdSql);
            command.Parameters.AddWithValue("$key", requestKey);
            command.Parameters.AddWithValue("$card", messageId);
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, cancellationToken);

    public Task<bool> UpdateLiveStateAsync(
        string requestKey, MeetingState state, DateTimeOffset? endedAt, int? participantCount, DateTimeOffset checkedAt, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            // The single writer runs one write at a time, so "was running" and the change cannot interleave.
            var command = database.WriterCommand(connection, UpdateLiveStateSql);
            command.Parameters.AddWithValue("$key", requestKey);
            command.Parameters.AddWithValue("$state", ToColumn(state));
            command.Parameters.AddWithValue("$endedAt", Millis(endedAt));
            command.Parameters.AddWithValue("$participants", (object?)participantCount ?? DBNull.Value);
            command.Parameters.AddWithValue("$checkedAt", checkedAt.ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1 && state == MeetingState.Ended;
        }, cancellationToken);

    public Task<MeetingRecord?> AddInviteesAsync(
        string requestKey, IReadOnlyList<string> inviteeIds, IReadOnlyList<string> inviteeNames, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            // Read and written by the single writer: two invites to the same meeting cannot lose each other's people.
            var read = database.WriterCommand(connection, $"SELECT {Columns} FROM meetings WHERE request_key = $key");
            read.Parameters.AddWithValue("$key", requestKey);
            if (await ReadSingleAsync(read, CancellationToken.None).ConfigureAwait(false) is not { } meeting)
            {
                return null;
            }

            var ids = meeting.InviteeIds.ToList();
            var names = Enumerable.Range(0, ids.Count).Select(i => meeting.InviteeNames is { } known && i < known.Count ? known[i] : ids[i]).ToList();
            for (var i = 0; i < inviteeIds.Count; i++)
            {
                if (!ids.Contains(inviteeIds[i], StringComparer.OrdinalIgnoreCase))
                {
                    ids.Add(inviteeIds[i]);
                    names.Add(i < inviteeNames.Count ? inviteeNames[i] : inviteeIds[i]);
                }
            }

            var write = database.WriterCommand(connection, "UPDATE meetings SET invitee_ids = $ids, invitee_names = $names WHERE request_key = $key");
            write.Parameters.AddWithValue("$key", requestKey);
            write.Parameters.AddWithValue("$ids", string.Join('\n', ids));
            write.Parameters.AddWithValue("$names", string.Join('\n', names));
            await write.ExecuteNonQueryAsync().ConfigureAwait(false);
            return meeting with { InviteeIds = ids, InviteeNames = names };
        }, cancellationToken);

    public Task<bool> TryMarkOwnerRemindedAsync(string requestKey, CancellationToken cancellationToken) =>
        database.WriteAsync(async connection =>
        {
            var command = database.WriterCommand(connection, MarkOwnerRemindedSql);
            command.Parameters.AddWithValue("$key", requestKey);
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false) == 1;
        }, cancellationToken);

    private static async Task<MeetingRecord?> ReadSingleAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
    }

    private static MeetingRecord Read(SqliteDataReader reader)
    {
        var invitees = reader.GetString(5);
        return new MeetingRecord(
            ConferenceId: reader.GetString(1),
            Backend: reader.GetString(2),
            Topic: reader.GetString(3),
            OwnerId: reader.GetString(4),
            InviteeIds: Lines(invitees),
            JoinUrl: reader.GetString(6),
            PageUrl: NullableString(reader, 7),
            Channel: reader.GetString(8),
            ConversationId: reader.GetString(9),
            StartedByChatUserId: reader.GetString(10),
            RequestKey: reader.GetString(0),
            StartedAt: DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)),
            CardMessageId: NullableString(reader, 12),
            ServiceAddress: reader.GetString(13),
            TenantId: NullableString(reader, 14),
            ReplyToId: NullableString(reader, 15),
            // Any state other than running (e.g. one a newer release added) is taken as ended: never watched forever.
            State: reader.GetInt32(16) == Running ? MeetingState.Running : MeetingState.Ended,
            EndedAt: NullableTime(reader, 17),
            ParticipantCount: reader.IsDBNull(18) ? null : reader.GetInt32(18),
            GuestUrl: NullableString(reader, 19),
            OwnerReminded: reader.GetInt32(20) != 0,
            CheckedAt: NullableTime(reader, 21),
            OwnerName: NullableString(reader, 22),
            InviteeNames: NullableString(reader, 23) is { } names ? Lines(names) : null,
            Language: NullableString(reader, 24));
    }

    private static string[] Lines(string joined) => joined.Length == 0 ? [] : joined.Split('\n');

    private static int ToColumn(MeetingState state) => state == MeetingState.Running ? Running : Ended;

    private static object Millis(DateTimeOffset? time) => time is { } value ? value.ToUnixTimeMilliseconds() : DBNull.Value;

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static DateTimeOffset? NullableTime(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(ordinal));
}
