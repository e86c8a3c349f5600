namespace MeetingBot.Storage.Sqlite;

internal static class SqliteSchema
{
    // WAL lets readers work beside the writer; NORMAL sync is durable across process crashes, which is what a
    // chat bot's records need, and avoids an fsync per command.
    public const string Script = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA busy_timeout = 5000;
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
        """;
}
