using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

/// <summary>
/// Links in the <c>user_links</c> table and chosen languages in <c>user_languages</c>; one process owns the file, so
/// their changes are told in-process.
/// </summary>
internal sealed class SqliteUserLinkStore(SqliteDatabase database, TimeProvider clock) : IUserLinkStore, IUserLanguageStore, IUserLinkChanges
{
    public event Action<string, string>? LinkSet;

    // Nothing is ever missed in-process.
    public event Action? NoticesMissed
    {
        add { }
        remove { }
    }

    public Task<UserLink?> FindAsync(string channel, string chatUserId, CancellationToken cancellationToken) =>
        FindRowAsync(
            "SELECT conference_user_id, provenance FROM user_links WHERE channel = $channel AND chat_user_id = $user",
            channel, chatUserId, row => new UserLink(row.GetString(0), Provenance(row.GetString(1))), cancellationToken);

    /// <summary>Every stored link, for copying them to another store (<c>MeetingBot copy-storage</c>).</summary>
    public Task<IReadOnlyList<StoredUserLink>> ReadAllAsync(CancellationToken cancellationToken) =>
        ReadAllRowsAsync(
            "SELECT channel, chat_user_id, conference_user_id, provenance FROM user_links ORDER BY channel, chat_user_id",
            row => new StoredUserLink(row.GetString(0), row.GetString(1), new UserLink(row.GetString(2), Provenance(row.GetString(3)))),
            cancellationToken);

    public Task SetAsync(string channel, string chatUserId, UserLink link, CancellationToken cancellationToken) =>
        UpsertAsync(
            """
            INSERT INTO user_links (channel, chat_user_id, conference_user_id, updated_at, provenance) VALUES ($channel, $user, $target, $now, $provenance)
            ON CONFLICT (channel, chat_user_id) DO UPDATE SET conference_user_id = excluded.conference_user_id,
                updated_at = excluded.updated_at, provenance = excluded.provenance
            """,
            channel, chatUserId, parameters =>
            {
                parameters.AddWithValue("$target", link.ConferenceUserId);
                parameters.AddWithValue("$provenance", link.Provenance.ToString());
            }, cancellationToken);

    public Task<string?> FindLanguageAsync(string channel, string chatUserId, CancellationToken cancellationToken) =>
        FindRowAsync(
            "SELECT language FROM user_languages WHERE channel = $channel AND chat_user_id = $user",
            channel, chatUserId, row => row.GetString(0), cancellationToken);

    /// <summary>Every stored language choice, for copying them to another store (<c>MeetingBot copy-storage</c>).</summary>
    public Task<IReadOnlyList<(string Channel, string ChatUserId, string Language)>> ReadAllLanguagesAsync(CancellationToken cancellationToken) =>
        ReadAllRowsAsync(
            "SELECT channel, chat_user_id, language FROM user_languages ORDER BY channel, chat_user_id",
            row => (row.GetString(0), row.GetString(1), row.GetString(2)),
            cancellationToken);

    public Task SetLanguageAsync(string channel, string chatUserId, string languageCode, CancellationToken cancellationToken) =>
        UpsertAsync(
            """
            INSERT INTO user_languages (channel, chat_user_id, language, updated_at) VALUES ($channel, $user, $language, $now)
            ON CONFLICT (channel, chat_user_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at
            """,
            channel, chatUserId, parameters => parameters.AddWithValue("$language", languageCode), cancellationToken);

    /// <summary>The account's row (<c>$channel</c>, <c>$user</c>) read by <paramref name="read"/>; null when there is none.</summary>
    private Task<T?> FindRowAsync<T>(string sql, string channel, string chatUserId, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        where T : class =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$user", chatUserId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? read(reader) : null;
        }, cancellationToken);

    private Task<IReadOnlyList<T>> ReadAllRowsAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<T>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(read(reader));
            }

            return rows;
        }, cancellationToken);

    /// <summary>Writes the account's row (<c>$channel</c>, <c>$user</c>, <c>$now</c> and what <paramref name="values"/> adds), then tells of it.</summary>
    private Task UpsertAsync(string sql, string channel, string chatUserId, Action<SqliteParameterCollection> values, CancellationToken cancellationToken) =>
        TellOnceCommittedAsync(database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$user", chatUserId);
            command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            values(command.Parameters);
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, CancellationToken.None), channel, chatUserId).WaitAsync(cancellationToken);

    // Told after the group commit (a listener reading earlier would see the old link), and even when the caller stopped
    // waiting: the write happens all the same.
    private async Task TellOnceCommittedAsync(Task<int> write, string channel, string chatUserId)
    {
        await write.ConfigureAwait(false);
        LinkSet?.Invoke(channel, chatUserId);
    }

    // An unknown provenance (written by a newer release) is treated as the weakest: not trusted.
    private static LinkProvenance Provenance(string stored) =>
        Enum.TryParse<LinkProvenance>(stored, out var parsed) ? parsed : LinkProvenance.Claimed;
}
