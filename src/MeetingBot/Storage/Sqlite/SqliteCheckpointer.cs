using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

/// <summary>
/// Copies committed pages from the write-ahead log into the database file on a connection of its own. SQLite would
/// otherwise do it inside whichever commit crosses its threshold, flushing both files to disk while the single writer
/// and every command waiting for it stand still (under load: idle cores and the slowest answers). A passive
/// checkpoint never blocks the writer or the readers; it is asked for after commits, at most every
/// <see cref="Pause"/>.
/// </summary>
internal sealed partial class SqliteCheckpointer : IAsyncDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    private readonly string _connectionString;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    // One slot: a checkpoint is due or not. A commit while one is already due writes nothing (no exception either:
    // the writer asks after every commit, hundreds of times a second under load).
    private readonly Channel<bool> _due = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public SqliteCheckpointer(string connectionString, TimeProvider clock, ILogger logger)
    {
        _connectionString = connectionString;
        _clock = clock;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Something was committed: a checkpoint is due (asking again before it ran changes nothing).</summary>
    public void Note() => _due.Writer.TryWrite(true);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task RunAsync()
    {
        try
        {
            await using var connection = new SqliteConnection(_connectionString);
            while (!_stopping.IsCancellationRequested)
            {
                // Taking the slot frees it: commits from here on ask for the next checkpoint.
                await _due.Reader.ReadAsync(_stopping.Token).ConfigureAwait(false);
                await CheckpointAsync(connection).ConfigureAwait(false);
                await Task.Delay(Pause, _clock, _stopping.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: the last connection to close checkpoints whatever is left.
        }
    }

    private async Task CheckpointAsync(SqliteConnection connection)
    {
        try
        {
            if (connection.State != System.Data.ConnectionState.Open)
            {
                await connection.OpenAsync().ConfigureAwait(false);
            }

            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            // The next commit asks again; meanwhile the log grows until the writer's own checkpoint.
            LogFailed(error);
        }
    }

    [LoggerMessage(EventId = 1601, Level = LogLevel.Warning, Message = "Copying the SQLite write-ahead log into the database failed; it is tried again after the next write")]
    private partial void LogFailed(Exception error);
}
