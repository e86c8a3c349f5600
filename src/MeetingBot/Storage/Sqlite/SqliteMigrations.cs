using System.Globalization;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

/// <summary>
/// The schema, as numbered versions kept in <c>PRAGMA user_version</c>. Step <c>n</c> brings a database from version
/// <c>n</c> to <c>n + 1</c>, in its own transaction, once. A database of a version newer than these steps was written by
/// a newer release and is refused rather than used with a schema this code does not know.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly Func<SqliteConnection, Task>[] Steps = [ToVersion1Async, ToVersion2Async, ToVersion3Async, ToVersion4Async, ToVersion5Async];

    public static int LatestVersion => Steps.Length;

    /// <summary>Brings the database to <see cref="LatestVersion"/>; throws when it is newer.</summary>
    public static async Task ApplyAsync(SqliteConnection connection, string filePath)
    {
        while (true)
        {
            // Read under the write lock: another process opening the same file may have moved it on meanwhile.
            await ExecuteAsync(connection, "BEGIN IMMEDIATE").ConfigureAwait(false);
            int version;
            try
            {
                version = await UserVersionAsync(connection).ConfigureAwait(false);
                if (version < LatestVersion)
                {
                    await Steps[version](connection).ConfigureAwait(false);
                    await ExecuteAsync(connection, $"PRAGMA user_version = {(version + 1).ToString(CultureInfo.InvariantCulture)}").ConfigureAwait(false);
                }

                await ExecuteAsync(connection, "COMMIT").ConfigureAwait(false);
            }
            catch
            {
                await TryRollbackAsync(connection).ConfigureAwait(false);
                throw;
            }

            if (version > LatestVersion)
            {
                throw new InvalidOperationException(TooNewMessage(filePath, version));
            }

            if (version == LatestVersion)
            {
                return;
            }
        }
    }

    /// <summary>The version of an existing database file, read without changing it; null when there is no file.</summary>
    public static int? StoredVersion(string filePath)
    {
        if (!File.Exists(filePath))
        {
            return null;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = filePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static string TooNewMessage(string filePath, int version) =>
        $"Storage:SqlitePath: the database {filePath} is at schema version {version}, but this release knows versions up to {LatestVersion}: " +
        "it was written by a newer release. It is left as it is; run that release, or point Storage:SqlitePath at another file.";

    // Version 1 is the schema of release 283fa51, the last that did not number versions (its files are at user_version
    // 0). Files of that and earlier releases already have some or all of it, so everything is created only when missing.
    private const string Version1 = """
        CREATE TABLE IF NOT EXISTS meetings (
            request_key TEXT PRIMARY KEY,
            conference_id TEXT NOT NULL,
            backend TEXT NOT NULL,
            topic TEXT NOT NULL,
            owner_id TEXT NOT NULL,
            invitee_ids TEXT NOT NULL,
            join_url TEXT NOT NULL,
            page_url TEXT,
            channel TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            started_by TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            card_message_id TEXT
        );
        CREATE INDEX IF NOT EXISTS meetings_by_conversation ON meetings (channel, conversation_id, started_at);
        CREATE TABLE IF NOT EXISTS user_links (
            channel TEXT NOT NULL,
            chat_user_id TEXT NOT NULL,
            conference_user_id TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            provenance TEXT NOT NULL DEFAULT 'Claimed',
            PRIMARY KEY (channel, chat_user_id)
        );
        -- Sign-ins in progress: the state is looked up by its hash, and the PKCE verifier never leaves this table.
        CREATE TABLE IF NOT EXISTS sign_in_states (
            state_hash TEXT PRIMARY KEY,
            code_verifier TEXT NOT NULL,
            channel TEXT NOT NULL,
            chat_user_id TEXT NOT NULL,
            conversation_id TEXT NOT NULL,
            service_address TEXT NOT NULL,
            expires_at INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS health_probe (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            checked_at INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS claimed_keys (
            key TEXT PRIMARY KEY,
            expires_at INTEGER NOT NULL
        );
        -- The periodic clean-up deletes by expiry; without this it scanned every live claim on the writer.
        CREATE INDEX IF NOT EXISTS claimed_keys_by_expiry ON claimed_keys (expires_at);
        -- Work answered 200 but not finished: resumed at start-up after a crash. (Files of the release before
        -- provenance declare payload TEXT; SQLite keeps the bytes written to it as they are, so they stay as they are.)
        CREATE TABLE IF NOT EXISTS accepted_work (
            key TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            payload BLOB NOT NULL,
            accepted_at INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1
        );
        -- Replies and card updates, kept until delivered (state 0) and then for a while to recognise a repeat.
        CREATE TABLE IF NOT EXISTS outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            reply_key TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            conversation TEXT NOT NULL,
            target TEXT NOT NULL,
            body BLOB NOT NULL,
            meeting_key TEXT,
            created_at INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL,
            state INTEGER NOT NULL DEFAULT 0,
            message_id TEXT,
            finished_at INTEGER
        );
        CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (state, conversation, seq);
        CREATE INDEX IF NOT EXISTS outbox_by_meeting ON outbox (meeting_key) WHERE meeting_key IS NOT NULL;
        CREATE INDEX IF NOT EXISTS outbox_finished ON outbox (finished_at) WHERE finished_at IS NOT NULL;
        -- Replies that went out at once (never written to the outbox), kept a while to recognise a repeated command.
        CREATE TABLE IF NOT EXISTS delivered_replies (
            reply_key TEXT PRIMARY KEY,
            message_id TEXT,
            delivered_at INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS delivered_replies_by_time ON delivered_replies (delivered_at);
        -- Starts whose user was told they failed: a conference the server created anyway is stopped and deleted.
        CREATE TABLE IF NOT EXISTS abandoned_starts (
            request_key TEXT PRIMARY KEY,
            next_check_at INTEGER NOT NULL,
            checks INTEGER NOT NULL DEFAULT 0,
            watch_until INTEGER NOT NULL
        );
        """;

    // Version 2: what reaches a meeting's chat later and what the bot last knew of the meeting. Meetings of version 1
    // stay Running with no service address: the watcher still learns when they end, but with an empty address it
    // knows it cannot update their cards (marking them Ended here would claim an end nobody saw).
    // State: 0 running, 1 ended.
    private const string Version2 = """
        ALTER TABLE meetings ADD COLUMN service_address TEXT NOT NULL DEFAULT '';
        ALTER TABLE meetings ADD COLUMN tenant_id TEXT;
        ALTER TABLE meetings ADD COLUMN reply_to_id TEXT;
        ALTER TABLE meetings ADD COLUMN state INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE meetings ADD COLUMN ended_at INTEGER;
        ALTER TABLE meetings ADD COLUMN participant_count INTEGER;
        ALTER TABLE meetings ADD COLUMN guest_url TEXT;
        ALTER TABLE meetings ADD COLUMN owner_reminded INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE meetings ADD COLUMN checked_at INTEGER;
        ALTER TABLE meetings ADD COLUMN owner_name TEXT;
        ALTER TABLE meetings ADD COLUMN invitee_names TEXT;
        -- The watcher's list: only running meetings are indexed, in the order it reads them.
        CREATE INDEX meetings_running ON meetings (started_at) WHERE state = 0;
        CREATE INDEX meetings_by_conference ON meetings (backend, conference_id, started_at);
        """;

    // Version 3: small values a chat channel keeps about a meeting beside its card (a Slack call's id), by the
    // channel's own key; no existing row needs one.
    private const string Version3 = """
        CREATE TABLE channel_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at INTEGER NOT NULL
        );
        """;

    // Version 4: secrets the bot makes for itself (the key that signs meeting-page links when none is configured), so
    // links outlive a restart and every instance on this store accepts the others' links.
    private const string Version4 = """
        CREATE TABLE bot_secrets (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            created_at INTEGER NOT NULL
        );
        """;

    // Version 5: languages. The language each chat account chose to be written to in — its own table, not a column of
    // user_links, since a person with no linked video account can choose one too — and each meeting's language (that
    // of whoever started it). Meetings of version 4 have none: they are written about in the default language.
    private const string Version5 = """
        ALTER TABLE meetings ADD COLUMN language TEXT;
        CREATE TABLE user_languages (
            channel TEXT NOT NULL,
            chat_user_id TEXT NOT NULL,
            language TEXT NOT NULL,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (channel, chat_user_id)
        );
        """;

    private static async Task ToVersion1Async(SqliteConnection connection)
    {
        await ExecuteAsync(connection, Version1).ConfigureAwait(false);

        // The release before links needed proof had user_links without provenance. Its links were only people's
        // word, so they become 'Claimed' and are no longer trusted.
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('user_links') WHERE name = 'provenance'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
        {
            await ExecuteAsync(connection, "ALTER TABLE user_links ADD COLUMN provenance TEXT NOT NULL DEFAULT 'Claimed'").ConfigureAwait(false);
        }
    }

    private static Task ToVersion2Async(SqliteConnection connection) => ExecuteAsync(connection, Version2);

    private static Task ToVersion3Async(SqliteConnection connection) => ExecuteAsync(connection, Version3);

    private static Task ToVersion4Async(SqliteConnection connection) => ExecuteAsync(connection, Version4);

    private static Task ToVersion5Async(SqliteConnection connection) => ExecuteAsync(connection, Version5);

    private static async Task<int> UserVersionAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(await command.ExecuteScalarAsync().ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task TryRollbackAsync(SqliteConnection connection)
    {
        try
        {
            await ExecuteAsync(connection, "ROLLBACK").ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // SQLite already rolled back (some errors end the transaction themselves); the step's own error is the one to report.
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
