using MeetingBot.Simulation;

namespace MeetingBot.TrueConfSimulator;

/// <summary>Misbehaviour switched on by tests: slow answers, injected failures, lost answers, missing permissions.</summary>
public sealed class SimulatorFaults : SimulatedFaults
{
    /// <summary>
    /// Permissions the OAuth application lacks: left out of new tokens' <c>scope</c>, and any call needing one
    /// of them (or its parent, e.g. <c>users</c> for <c>users:read</c>) answers 403 <c>forbidden</c>.
    /// </summary>
    public ScopeSet DeniedScopes { get; } = new();

    /// <summary>
    /// Answers the next <paramref name="count"/> requests (of <paramref name="operation"/> only, when given) with
    /// 429 Too Many Requests and <c>Retry-After</c> in whole seconds, as a rate-limiting server or proxy would.
    /// </summary>
    public void ThrottleNext(int count, TimeSpan retryAfter, string? operation = null)
    {
        const string body = """{"error":{"code":429,"message":"Too Many Requests","errors":[{"reason":"rateLimitExceeded","message":"Too many requests"}]}}""";
        Add(count, new InjectedFailure(429, body, "application/json", operation)
        {
            RetryAfterSeconds = (int)Math.Ceiling(retryAfter.TotalSeconds),
        });
    }

    public override void Reset()
    {
        base.Reset();
        DeniedScopes.Clear();
    }
}
