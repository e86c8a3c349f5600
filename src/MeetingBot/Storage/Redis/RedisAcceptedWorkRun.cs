namespace MeetingBot.Storage.Redis;

/// <summary>
/// A run of accepted work on Redis, set on the flow that runs it. The mark of the run's last delivered reply is held back
/// and written by the completion script, which saves a command its own round trip for the mark. Only the last one: when
/// the run sends another reply, the mark held so far is written at once. So a crash between a reply and the completion
/// (for a start command: the meeting's add) runs the work again and sends that one reply once more — before, the window
/// was the mark's own write. Work the run starts that outlives it finds the run closed and writes its marks at once.
/// </summary>
internal sealed class RedisAcceptedWorkRun : IAcceptedWorkRun
{
    private static readonly AsyncLocal<RedisAcceptedWorkRun?> s_current = new();

    private readonly RedisAcceptedWorkStore _store;
    private readonly RedisDeliveredMarks _marks;
    private readonly string _key;
    private readonly RedisAcceptedWorkRun? _previous;
    private readonly Lock _gate = new();
    private DeliveredMark? _held;
    private bool _closed;

    public RedisAcceptedWorkRun(RedisAcceptedWorkStore store, RedisDeliveredMarks marks, string key)
    {
        (_store, _marks, _key) = (store, marks, key);
        _previous = s_current.Value;
        s_current.Value = this;
    }

    /// <summary>The run on this flow, or null.</summary>
    public static RedisAcceptedWorkRun? Current => s_current.Value;

    /// <summary>Holds <paramref name="mark"/> back for the completion; returns the mark to write now instead (the one held before, or this one when the run has closed), or null.</summary>
    public DeliveredMark? Hold(DeliveredMark mark)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return mark;
            }

            var earlier = _held;
            _held = mark;
            return earlier;
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        DeliveredMark? held;
        lock (_gate)
        {
            _closed = true;
            held = _held;
        }

        await _store.CompleteAsync(_key, held, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _held = null;
        }
    }

    /// <summary>Leaves the flow (synchronously, so the caller's flow is restored) and writes a mark still held.</summary>
    public ValueTask DisposeAsync()
    {
        s_current.Value = _previous;
        DeliveredMark? held;
        lock (_gate)
        {
            _closed = true;
            held = _held;
            _held = null;
        }

        return held is { } mark ? new ValueTask(_marks.WriteAsync(mark)) : ValueTask.CompletedTask;
    }
}
