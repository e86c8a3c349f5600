using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace MeetingBot.Conferencing.Transport;

/// <summary>
/// When a failed call to a video backend, of a kind safe to repeat, is sent again: on transient failures (5xx, 408,
/// 429, connection failures, timeouts), after the wait the server asks for in <c>Retry-After</c> when it asks for one.
/// A server that asks for a long wait is not waited for: its answer stands and the user hears at once that it is busy.
/// </summary>
internal static class BackendRetryPolicy
{
    /// <summary>The longest <c>Retry-After</c> waited for: a few seconds, well inside a command's time budget.</summary>
    internal static readonly TimeSpan LongestHonouredWait = TimeSpan.FromSeconds(3);

    public static HttpRetryStrategyOptions Repeating => new()
    {
        MaxRetryAttempts = 2,
        Delay = TimeSpan.FromMilliseconds(200),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        // The delay is the server's Retry-After when it sends one, else the backoff above.
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(HttpClientResiliencePredicates.IsTransient(args.Outcome) && !AsksForLongWait(args.Outcome.Result)),
    };

    private static bool AsksForLongWait(HttpResponseMessage? response) =>
        response?.Headers.RetryAfter is { } retryAfter && WaitOf(retryAfter) > LongestHonouredWait;

    private static TimeSpan WaitOf(RetryConditionHeaderValue retryAfter) =>
        retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
}
