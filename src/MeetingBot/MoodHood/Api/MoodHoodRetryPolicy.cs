using System.Net.Http.Headers;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace MeetingBot.MoodHood.Api;

/// <summary>
/// When a failed MoodHood call is sent again: reads and deletes only (repeating them changes nothing), on transient
/// failures, after the server's <c>Retry-After</c> when it is short. Creating a room or a link is never repeated
/// here: each one makes a new object (reference §10.8).
/// </summary>
internal static class MoodHoodRetryPolicy
{
    /// <summary>The longest <c>Retry-After</c> waited for; a longer one answers "busy" at once.</summary>
    internal static readonly TimeSpan LongestHonouredWait = TimeSpan.FromSeconds(3);

    public static HttpRetryStrategyOptions ForIdempotentCalls() => new()
    {
        MaxRetryAttempts = 2,
        Delay = TimeSpan.FromMilliseconds(200),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(
            args.Context.GetRequestMessage()?.Method is { } method && (method == HttpMethod.Get || method == HttpMethod.Delete)
            && HttpClientResiliencePredicates.IsTransient(args.Outcome)
            && !AsksForLongWait(args.Outcome.Result)),
    };

    private static bool AsksForLongWait(HttpResponseMessage? response) =>
        response?.Headers.RetryAfter is { } retryAfter && WaitOf(retryAfter) > LongestHonouredWait;

    private static TimeSpan WaitOf(RetryConditionHeaderValue retryAfter) =>
        retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : TimeSpan.Zero);
}
