using MeetingBot.Simulation;

namespace MeetingBot.MoodHoodSimulator;

/// <summary>
/// Misbehaviour switched on by tests: slow answers, injected failures, answers lost after the work (operation names:
/// <see cref="MoodHoodOperations"/>).
/// </summary>
public sealed class MoodHoodFaults : SimulatedFaults
{
    /// <summary>
    /// Answers the next <paramref name="count"/> requests (of <paramref name="operation"/> only, when given) with
    /// 503 <c>SERVICE_UNAVAILABLE</c> and <c>Retry-After</c> in whole seconds, as an overloaded server (reference §8).
    /// </summary>
    public void ServiceUnavailableNext(int count, TimeSpan retryAfter, string? operation = null)
    {
        const string body = """{"code":"SERVICE_UNAVAILABLE","message":"The service is temporarily unavailable"}""";
        Add(count, new InjectedFailure(503, body, "application/json", operation)
        {
            RetryAfterSeconds = (int)Math.Ceiling(retryAfter.TotalSeconds),
        });
    }
}
