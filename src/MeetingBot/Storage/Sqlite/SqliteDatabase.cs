using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace MeetingBot.Storage.Sqlite;

/// <summary>
/// The embedded SQLite database. Writes go through one long-lived connection on a writer thread of its own that
/// commits whatever is waiting as one transaction (group commit): under load many commands share one commit instead
/// of queueing for the write lock one by one. Reads open pooled connections (WAL lets them run beside the writer).
/// </summary>
internal sealed class SqliteDatabase : IAsyncDisposable
{
    private const int MaxWritesPerCommit = 256;

    // WAL lets readers work beside the writer; NORMAL sync is durable across process crashes, which is what a
    // chat bot's records need, and avoids an fsync per command. (WAL cannot be switched on inside a transaction, so
    // this runs before the schema steps.) The checkpointer copies the log into the file beside the writer; the
    // writer's own checkpoint, which makes the log start over, comes rarely and finds little left to copy.
    private const string ConnectionSettings = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA busy_timeout = 5000;
        PRAGMA wal_autocheckpoint = 4000;
        """;

    private readonly string _connectionString;
    // The writer is a thread, not thread-pool work: SQLite's calls block anyway, and a commit that every waiting
    // command needs must not wait behind the pool's queue to start, nor hold one of its threads.
    private readonly ConcurrentQueue<PendingWrite> _writes = new();
    private readonly ManualResetEventSlim _writesWaiting = new(false);
    private readonly TaskCompletionSource _writerStopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lazy<Thread> _writer;
    private readonly Lock _closing = new();
    private volatile bool _closed;
    private readonly TaskCompletionSource _schemaReady = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Dictionary<string, SqliteCommand> _writerCommands = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    public SqliteDatabase(IOptions<StorageOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<SqliteDatabase> logger)
    {
        _clock = clock;
        _logger = logger;
        var path = Path.GetFullPath(options.Value.SqlitePath, environment.ContentRootPath);
        FilePath = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Cache = SqliteCacheMode.Private, Pooling = true }.ToString();
        _writer = new Lazy<Thread>(StartWriter);
    }

    public string FilePath { get; }

    /// <summary>
    /// Runs <paramref name="write"/> on the writer connection inside the next group commit. The write itself is never
    /// cancelled by the caller (it shares a transaction with others); <paramref name="cancellationToken"/> only stops
    /// the caller's wait for it.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite<T>(write);
        _ = _writer.Value;
        lock (_closing)
        {
            // Under the lock: nothing is queued once the writer may have drained the queue for the last time.
            if (_closed)
            {
                throw new ObjectDisposedException(nameof(SqliteDatabase), "The database is shutting down");
            }

            _writes.Enqueue(pending);
        }

        _writesWaiting.Set();
        return pending.Result.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// A command on the writer connection that keeps its prepared statement between uses: the hot inserts are parsed
    /// once, not once per chat message. Only for use inside <see cref="WriteAsync{T}"/> (the single writer).
    /// </summary>
    public SqliteCommand WriterCommand(SqliteConnection connection, string sql)
    {
        if (!_writerCommands.TryGetValue(sql, out var command) || command.Connection != connection)
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _writerCommands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    public async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        _ = _writer.Value;
        await _schemaReady.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await read(connection).ConfigureAwait(false);
    }

    /// <summary>Opens the database and creates the schema now rather than on the first command.</summary>
    public Task OpenAsync(CancellationToken cancellationToken)
    {
        _ = _writer.Value;
        return _schemaReady.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        lock (_closing)
        {
            _closed = true;
        }

        _writesWaiting.Set();
        if (_writer.IsValueCreated)
        {
            await _writerStopped.Task.ConfigureAwait(false);
        }
    }

    private Thread StartWriter()
    {
        var thread = new Thread(WriteLoop) { IsBackground = true, Name = "SQLite writer" };
        thread.Start();
        return thread;
    }

    private void WriteLoop()
    {
        try
        {
            // Microsoft.Data.Sqlite's asynchronous calls complete synchronously: waiting for them blocks nothing else.
            WriteLoopAsync().GetAwaiter().GetResult();
            _writerStopped.TrySetResult();
        }
        catch (Exception error)
        {
            // Closing the connection failed: the one waiting for the writer to stop hears it, the process goes on.
            _writerStopped.TrySetException(error);
        }
    }

    private async Task WriteLoopAsync()
    {
        SqliteConnection? connection = null;
        try
        {
            connection = await OpenWriterAsync().ConfigureAwait(false);
            _schemaReady.TrySetResult();
        }
        catch (Exception error)
        {
            _schemaReady.TrySetException(error);
            FailEverything(error);
            return;
        }

        await using (connection)
        await using (var checkpointer = new SqliteCheckpointer(_connectionString, _clock, _logger))
        {
            var batch = new List<PendingWrite>(MaxWritesPerCommit);
            while (WaitForWrites())
            {
                batch.Clear();
                while (batch.Count < MaxWritesPerCommit && _writes.TryDequeue(out var pending))
                {
                    batch.Add(pending);
                }

                await CommitAsync(connection, batch).ConfigureAwait(false);
                checkpointer.Note();
            }

            foreach (var command in _writerCommands.Values)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Blocks the writer thread until a write waits; false once the database closes with nothing left to write.</summary>
    private bool WaitForWrites()
    {
        while (_writes.IsEmpty)
        {
            if (_closed)
            {
                return false;
            }

            // Reset before the second look: a write queued after it sets the event again, so none is slept through.
            _writesWaiting.Reset();
            if (_writes.IsEmpty && !_closed)
            {
                _writesWaiting.Wait();
            }
        }

        return true;
    }

    private static async Task CommitAsync(SqliteConnection connection, List<PendingWrite> batch)
    {
        try
        {
            await ExecuteAsync(connection, "BEGIN IMMEDIATE").ConfigureAwait(false);
            foreach (var pending in batch)
            {
                await pending.RunAsync(connection).ConfigureAwait(false);
            }

            await ExecuteAsync(connection, "COMMIT").ConfigureAwait(false);
            batch.ForEach(pending => pending.Complete());
        }
        catch (Exception error)
        {
            await TryRollbackAsync(connection).ConfigureAwait(false);
            batch.ForEach(pending => pending.Fail(error));
        }
    }

    private void FailEverything(Exception error)
    {
        // The writer could not open the file: answer every waiting and future write with that error.
        while (WaitForWrites())
        {
            while (_writes.TryDequeue(out var pending))
            {
                pending.Fail(error);
            }
        }
    }

    private async Task<SqliteConnection> OpenWriterAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync().ConfigureAwait(false);
            await ExecuteAsync(connection, ConnectionSettings).ConfigureAwait(false);
            await SqliteMigrations.ApplyAsync(connection, FilePath).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            // A refused file (e.g. of a newer release) is not held open.
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static async Task TryRollbackAsync(SqliteConnection connection)
    {
        try
        {
            await ExecuteAsync(connection, "ROLLBACK").ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // No transaction was open (BEGIN itself failed).
        }
    }
}
