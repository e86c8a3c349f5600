using MeetingBot.BotFramework.Auth;
using Microsoft.IdentityModel.Tokens;

namespace MeetingBot.Tests.BotFramework.Auth;

public sealed class EndorsementCheckTests
{
    private static readonly ConnectorSigningKeys Keys = new(
        Array.Empty<SecurityKey>(),
        new Dictionary<string, IReadOnlyList<string>>
        {
            ["teams-key"] = ["msteams", "webchat"],
            ["webchat-key"] = ["webchat"],
            ["empty-key"] = [],
        });

    [Fact]
    public void Passes_when_the_key_is_endorsed_for_the_channel() =>
        Assert.Null(EndorsementCheck.Check(Keys, "teams-key", "msteams"));

    [Theory]
    [InlineData("webchat-key", "msteams", "signing key is not endorsed for the channel")]
    [InlineData("teams-key", "MSTEAMS", "signing key is not endorsed for the channel")]
    [InlineData("empty-key", "msteams", "signing key has no endorsements")]
    [InlineData("unknown-key", "msteams", "signing key has no endorsements")]
    [InlineData(null, "msteams", "signing key has no endorsements")]
    [InlineData("teams-key", null, "activity has no channelId")]
    [InlineData("teams-key", "", "activity has no channelId")]
    public void Fails_otherwise(string? keyId, string? channelId, string reason) =>
        Assert.Equal(reason, EndorsementCheck.Check(Keys, keyId, channelId));
}
