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
        -- Work answered 200 but not finished: resumed at start-up after a crash.
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
}
