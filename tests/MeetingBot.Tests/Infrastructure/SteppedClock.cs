using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// The bot's fake clock, moved on in steps that each give its background deliverers a moment of real time to act —
/// for tests of retries and backoff that would take minutes on a real clock.
/// </summary>
public sealed class SteppedClock() : FakeTimeProvider(DateTimeOffset.UtcNow)
{
    /// <summary>Moves the clock on and gives the bot's background work a moment of real time to act.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        Advance(by);
        await Task.Delay(60);
    }

    /// <summary>Moves on a second at a time until <paramref name="done"/>, at most <paramref name="atMost"/> of clock time.</summary>
    public async Task<bool> AdvanceUntilAsync(Func<bool> done, TimeSpan atMost)
    {
        for (var passed = TimeSpan.Zero; passed <= atMost; passed += TimeSpan.FromSeconds(1))
        {
            if (done())
            {
                return true;
            }

            await AdvanceAsync(TimeSpan.FromSeconds(1));
        }

        return done();
    }
}
