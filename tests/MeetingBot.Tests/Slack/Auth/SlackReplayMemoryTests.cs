using MeetingBot.Slack.Auth;

namespace MeetingBot.Tests.Slack.Auth;

public sealed class SlackReplayMemoryTests
{
    private const long Now = 1_531_420_618;
    private const string Signature = "a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    [Fact]
    public void A_signature_is_refused_until_it_expires_and_is_forgotten_after()
    {
        var memory = new SlackReplayMemory(capacity: 10);
        var expiresAt = Now + 301;

        Assert.True(memory.TryRemember(Signature, expiresAt, Now));
        Assert.False(memory.TryRemember(Signature, expiresAt, Now + 300));
        Assert.Equal(1, memory.Count);

        // Its slice of time is dropped whole once the expiry has passed (within the slice's ten seconds).
        Assert.True(memory.TryRemember(Other(1), Now + 600, expiresAt + 10));
        Assert.Equal(1, memory.Count);
    }

    [Fact]
    public void When_full_new_signatures_are_let_through_but_not_kept_and_the_kept_ones_still_count()
    {
        var memory = new SlackReplayMemory(capacity: 2);

        Assert.True(memory.TryRemember(Other(1), Now + 300, Now));
        Assert.True(memory.TryRemember(Other(2), Now + 300, Now));
        Assert.True(memory.TryRemember(Other(3), Now + 300, Now));
        Assert.True(memory.TryRemember(Other(3), Now + 300, Now));

        Assert.False(memory.TryRemember(Other(2), Now + 300, Now));
        Assert.Equal(2, memory.Count);
    }

    [Fact]
    public void Signatures_that_differ_only_after_their_first_half_are_told_apart_by_the_first_half_alone()
    {
        var memory = new SlackReplayMemory(capacity: 10);

        // 128 bits of an HMAC are the key: equal first halves are taken for the same signature (chance 2^-128).
        Assert.True(memory.TryRemember(Signature, Now + 300, Now));
        Assert.False(memory.TryRemember(Signature[..32] + new string('0', 32), Now + 300, Now));
        Assert.True(memory.TryRemember(new string('0', 32) + Signature[32..], Now + 300, Now));
    }

    private static string Other(int n) => n.ToString("x32", System.Globalization.CultureInfo.InvariantCulture) + new string('f', 32);
}
