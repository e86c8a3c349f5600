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
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT conference_user_id, provenance FROM user_links WHERE channel = $channel AND chat_user_id = $user";
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$user", chatUserId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            return new UserLink(reader.GetString(0), Provenance(reader.GetString(1)));
        }, cancellationToken);

    /// <summary>Every stored link, for copying them to another store (<c>MeetingBot copy-storage</c>).</summary>
    public Task<IReadOnlyList<StoredUserLink>> ReadAllAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<StoredUserLink>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT channel, chat_user_id, conference_user_id, provenance FROM user_links ORDER BY channel, chat_user_id";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var links = new List<StoredUserLink>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                links.Add(new StoredUserLink(reader.GetString(0), reader.GetString(1), new UserLink(reader.GetString(2), Provenance(reader.GetString(3)))));
            }

            return links;
        }, cancellationToken);

    public Task SetAsync(string channel, string chatUserId, UserLink link, CancellationToken cancellationToken) =>
        TellOnceCommittedAsync(database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO user_links (channel, chat_user_id, conference_user_id, updated_at, provenance) VALUES ($channel, $user, $target, $now, $provenance)
                ON CONFLICT (channel, chat_user_id) DO UPDATE SET conference_user_id = excluded.conference_user_id,
                    updated_at = excluded.updated_at, provenance = excluded.provenance
                """;
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$user", chatUserId);
            command.Parameters.AddWithValue("$target", link.ConferenceUserId);
            command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$provenance", link.Provenance.ToString());
            return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }, CancellationToken.None), channel, chatUserId).WaitAsync(cancellationToken);

    public Task<string?> FindLanguageAsync(string channel, string chatUserId, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT language FROM user_languages WHERE channel = $channel AND chat_user_id = $user";
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$user", chatUserId);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        }, cancellationToken);

    /// <summary>Every stored language choice, for copying them to another store (<c>MeetingBot copy-storage</c>).</summary>
    public Task<IReadOnlyList<(string Channel, string ChatUserId, string Language)>> ReadAllLanguagesAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<(string, string, string)>>(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT channel, chat_user_id, language FROM user_languages ORDER BY channel, chat_user_id";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var choices = new List<(string, string, string)>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                choices.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }

            return choices;
        }, cancellationToken);

    public Task SetLanguageAsync(string channel, string chatUserId, string languageCode, CancellationToken cancellationToken) =>
        TellOnceCommittedAsync(database.WriteAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO user_languages (channel, chat_user_id, language, updated_at) VALUES ($channel, $user, $language, $now)
                ON CONFLICT (channel, chat_user_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at
                """;
            command.Parameters.AddWithValue("$channel", channel);
            command.Parameters.AddWithValue("$user", chatUserId);
            command.Parameters.AddWithValue("$language", languageCode);
            command.Parameters.AddWithValue("$now", clock.GetUtcNow().ToUnixTimeMilliseconds());
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
