namespace MeetingBot.MoodHoodSimulator;

/// <summary>Misbehaviour switched on by tests: slow answers, injected failures, answers lost after the work.</summary>
public sealed class MoodHoodFaults
{
    private readonly Lock _gate = new();
    private readonly LinkedList<InjectedFailure> _failures = [];
    private readonly LinkedList<LostAnswer> _lostAnswers = [];
    private long _delayTicks;
    private int _delayedRequests;

    /// <summary>Added before every request is handled; a client that gives up (or a shutdown) ends the wait.</summary>
    public TimeSpan ResponseDelay
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref _delayTicks));
        set => Interlocked.Exchange(ref _delayTicks, Math.Max(0, value.Ticks));
    }

    /// <summary>Requests currently waiting out <see cref="ResponseDelay"/>.</summary>
    public int DelayedRequests => Volatile.Read(ref _delayedRequests);

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
    /// <see cref="MoodHoodOperations"/>) with this status and raw body instead of handling them — e.g. an HTML 502
    /// from a reverse proxy. Calls queue up: the second applies once the first is used up.
    /// </summary>
    public void FailNext(
        int count, int statusCode, string body, string contentType = "application/json", string? operation = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            _failures.AddLast(new InjectedFailure(statusCode, body, contentType, operation) { Remaining = count });
        }
    }

    /// <summary>
    /// Answers the next <paramref name="count"/> requests (of <paramref name="operation"/> only, when given) with
    /// 503 <c>SERVICE_UNAVAILABLE</c> and <c>Retry-After</c> in whole seconds, as an overloaded server (reference §8).
    /// </summary>
    public void ServiceUnavailableNext(int count, TimeSpan retryAfter, string? operation = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        const string body = """{"code":"SERVICE_UNAVAILABLE","message":"The service is temporarily unavailable"}""";
        lock (_gate)
        {
            _failures.AddLast(new InjectedFailure(503, body, "application/json", operation)
            {
                Remaining = count,
                RetryAfterSeconds = (int)Math.Ceiling(retryAfter.TotalSeconds),
            });
        }
    }

    /// <summary>
    /// Handles the next <paramref name="count"/> requests of <paramref name="operation"/> as usual (the room or link
    /// is made), then waits <paramref name="delay"/> and answers <paramref name="statusCode"/> instead: the work is
    /// done but its answer is lost, so a client's blind retry would make a second one.
    /// </summary>
    public void LoseAnswerNext(int count, string operation, int statusCode = 504, TimeSpan delay = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        lock (_gate)
        {
            _lostAnswers.AddLast(new LostAnswer(operation, statusCode, delay) { Remaining = count });
        }
    }

    public void Reset()
    {
        ResponseDelay = TimeSpan.Zero;
        lock (_gate)
        {
            _failures.Clear();
            _lostAnswers.Clear();
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

        Interlocked.Increment(ref _delayedRequests);
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

internal sealed record InjectedFailure(int StatusCode, string Body, string ContentType, string? Operation)
{
    public int Remaining { get; set; }

    /// <summary>Sent as the <c>Retry-After</c> header when set.</summary>
    public int? RetryAfterSeconds { get; init; }
}

internal sealed record LostAnswer(string Operation, int StatusCode, TimeSpan Delay)
{
    public int Remaining { get; set; }
}
