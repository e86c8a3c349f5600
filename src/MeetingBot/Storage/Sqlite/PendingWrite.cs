using Microsoft.Data.Sqlite;

namespace MeetingBot.Storage.Sqlite;

/// <summary>A write waiting for the SQLite writer's next group commit (<see cref="SqliteDatabase.WriteAsync{T}"/>).</summary>
internal abstract class PendingWrite
{
    public abstract Task RunAsync(SqliteConnection connection);
    public abstract void Complete();
    public abstract void Fail(Exception error);
}

/// <summary>One write; its own failure is reported to its caller, and its result only after the commit.</summary>
internal sealed class PendingWrite<T>(Func<SqliteConnection, Task<T>> write) : PendingWrite
{
    private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _value;
    private Exception? _error;

    public Task<T> Result => _result.Task;

    public override async Task RunAsync(SqliteConnection connection)
    {
        try
        {
            _value = await write(connection).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            // Only this write fails; the others in the transaction are committed.
            _error = error;
        }
    }

    public override void Complete()
    {
        if (_error is null)
        {
            _result.TrySetResult(_value!);
        }
        else
        {
            _result.TrySetException(_error);
        }
    }

    public override void Fail(Exception error) => _result.TrySetException(_error ?? error);
}
