using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// The bot's fake clock, moved so the meeting watcher (a background task on that clock) looks once more. Steps are
/// small and stop as soon as the look has begun: a large step while a call to the server is under way would run out
/// its timeout on the same clock.
/// </summary>
public sealed class WatcherClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    /// <summary>Jumps by <paramref name="jump"/>, then steps until the watcher made one more list call, and lets that look finish.</summary>
    public Task LookAsync(BotHarness bot, TimeSpan jump = default) => LookAsync(bot.TrueConf, jump);

    /// <inheritdoc cref="LookAsync(BotHarness, TimeSpan)"/>
    public Task LookAsync(TrueConfSimulatorState trueConf, TimeSpan jump = default) => LookAsync(() => ListCalls(trueConf), jump);

    /// <summary>The same, on any backend: <paramref name="listCalls"/> counts the list calls the backend has received.</summary>
    public async Task LookAsync(Func<int> listCalls, TimeSpan jump = default)
    {
        var lists = listCalls();
        if (jump > TimeSpan.Zero)
        {
            Advance(jump);
        }

        var until = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        for (var waited = 0; listCalls() == lists; waited++)
        {
            Assert.True(DateTime.UtcNow < until, "the watcher did not look");
            if (waited > 0)
            {
                Advance(TimeSpan.FromSeconds(1));
            }

            await Task.Delay(40);
        }

        await Task.Delay(300); // the rest of the look: participant reads, card updates, a reminder
    }

    private static int ListCalls(TrueConfSimulatorState trueConf) => trueConf.RequestLog.Count(request => request.Operation == SimulatorOperations.ConferenceList);
}
