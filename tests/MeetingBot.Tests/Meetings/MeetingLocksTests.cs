using MeetingBot.Meetings;

namespace MeetingBot.Tests.Meetings;

public class MeetingLocksTests
{
    [Fact]
    public async Task One_meeting_runs_one_action_at_a_time_and_others_do_not_wait()
    {
        var locks = new MeetingLocks();
        var first = await locks.HoldAsync("m1", CancellationToken.None);

        var second = locks.HoldAsync("m1", CancellationToken.None);
        var other = await locks.HoldAsync("m2", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(50);
        Assert.False(second.IsCompleted);

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        other.Dispose();
    }

    [Fact]
    public async Task Many_holders_of_one_key_take_turns()
    {
        var locks = new MeetingLocks();
        var inside = 0;
        var most = 0;

        await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            using (await locks.HoldAsync("m", CancellationToken.None))
            {
                most = Math.Max(most, Interlocked.Increment(ref inside));
                await Task.Yield();
                Interlocked.Decrement(ref inside);
            }
        }));

        Assert.Equal(1, most);
    }
}
