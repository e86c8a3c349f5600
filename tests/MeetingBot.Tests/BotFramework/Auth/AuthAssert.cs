using MeetingBot.BotFramework.Auth;

namespace MeetingBot.Tests.BotFramework.Auth;

internal static class AuthAssert
{
    public static void Accepted(ChannelAuthResult result, string authenticationType)
    {
        Assert.True(result.Succeeded, $"expected success, got: {result.FailureReason}");
        Assert.NotNull(result.Identity);
        Assert.Equal(authenticationType, result.Identity.AuthenticationType);
    }

    /// <summary>Rejected, for the expected reason (so a test cannot pass because of an unrelated failure).</summary>
    public static void Rejected(ChannelAuthResult result, string expectedReason)
    {
        Assert.False(result.Succeeded, "expected the request to be rejected");
        Assert.Null(result.Identity);
        Assert.Equal(expectedReason, result.FailureReason);
    }
}
