namespace MeetingBot.Simulation;

/// <summary>
/// Misbehaviour a simulated server is told to show by tests: slow answers, injected failures, and answers lost
/// after the work was done. Each simulator adds the failures in its own API's shape.
/// </summary>
public abstract class SimulatedFaults
{
    private readonly Lock _gate = new();
    private readonly LinkedList<InjectedFailure> _failures = [];
    private readonly LinkedList<LostAnswer> _lostAnswers = [];
    private long _delayTicks;
    private int _delayedRequests;
    private int _peakDelayedRequests;

    /// <summary>Added before every request is handled; a client that gives up (or a shutdown) ends the wait.</summary>
    public TimeSpan ResponseDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _delayTicks));
        set => Interlocked.Exchange(ref _delayTicks, Math.Max(0, value.Ticks));
    }

    /// <summary>Requests currently waiting out <see cref="ResponseDelay"/>.</summary>
    public int DelayedRequests => Volatile.Read(ref _delayedRequests);

    /// <summary>The most requests that waited out <see cref="ResponseDelay"/> at the same time: how many a client had in flight.</summary>
    public int PeakDelayedRequests => Volatile.Read(ref _peakDelayedRequests);

    public int PendingFailures
    {
        get
        {
            lock (_gate)
            {
                return _failures.Sum(failure => failure.Remaining);
            }
        }
    }

    /// <summary>
    /// Answers the next <paramref name="count"/> requests (of <paramref name="operation"/> only, when given; one of
    /// the simulator's operation names) with this status and raw body instead of handling them — e.g. an HTML 502
    /// from a reverse proxy. Calls queue up: the second applies once the first is used up.
    /// </summary>
    public void FailNext(
        int count, int statusCode, string body, string contentType = "application/json", string? operation = null) =>
        Add(count, new InjectedFailure(statusCode, body, contentType, operation));

    /// <summary>
    /// Handles the next <paramref name="count"/> requests of <paramref name="operation"/> as usual, then waits
    /// <paramref name="delay"/> and answers <paramref name="statusCode"/> instead of the real answer: the work is
    /// done but its answer is lost (a gateway timeout after the server committed, a crash before it answered), so a
    /// client's blind retry would do it twice.
    /// </summary>
    public void LoseAnswerNext(int count, string operation, int statusCode = 504, TimeSpan delay = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            _lostAnswers.AddLast(new LostAnswer(operation, statusCode, delay) { Remaining = count });
        }
    }

    public virtual void Reset()
    {
        ResponseDelay = TimeSpan.Zero;
        Interlocked.Exchange(ref _peakDelayedRequests, 0);
        lock (_gate)
        {
            _failures.Clear();
            _lostAnswers.Clear();
        }
    }

    /// <summary>Queues <paramref name="failure"/> for the next <paramref name="count"/> requests it applies to.</summary>
    protected void Add(int count, InjectedFailure failure)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            _failures.AddLast(failure with { Remaining = count });
        }
    }

    internal LostAnswer? TakeLostAnswer(string operation)
    {
        lock (_gate)
        {
            for (var node = _lostAnswers.First; node is not null; node = node.Next)
            {
                if (node.Value.Operation == operation)
                {
                    if (--node.Value.Remaining == 0)
                    {
                        _lostAnswers.Remove(node);
                    }

                    return node.Value;
                }
            }

            return null;
        }
    }

    internal InjectedFailure? TakeFailure(string operation)
    {
        lock (_gate)
        {
            var node = _failures.First;
            while (node is not null && node.Value.Operation is not null && node.Value.Operation != operation)
            {
                node = node.Next;
            }

            if (node is null)
            {
                return null;
            }

            if (--node.Value.Remaining == 0)
            {
                _failures.Remove(node);
            }

            return node.Value;
        }
    }

    /// <returns>False when the wait was cancelled (client gone or shutting down).</returns>
    internal async Task<bool> WaitOutDelayAsync(CancellationToken cancellationToken)
    {
        var delay = ResponseDelay;
        if (delay <= TimeSpan.Zero)
        {
            return true;
        }

        var waiting = Interlocked.Increment(ref _delayedRequests);
        for (var peak = PeakDelayedRequests; waiting > peak; peak = PeakDelayedRequests)
        {
            Interlocked.CompareExchange(ref _peakDelayedRequests, waiting, peak);
        }

        try
        {
            await Task.Delay(delay, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        finally
        {
            Interlocked.Decrement(ref _delayedRequests);
        }
    }
}

/// <summary>An answer given instead of handling the request.</summary>
public sealed record InjectedFailure(int StatusCode, string Body, string ContentType, string? Operation)
{
    public int Remaining { get; internal set; }

    /// <summary>Sent as the <c>Retry-After</c> header when set.</summary>
    public int? RetryAfterSeconds { get; init; }
}

internal sealed record LostAnswer(string Operation, int StatusCode, TimeSpan Delay)
{
    public int Remaining { get; set; }
}
