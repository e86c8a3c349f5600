using MeetingBot.Commands;

namespace MeetingBot.Tests.Commands;

public class ServiceNamesTests
{
    [Theory]
    [InlineData("TrueConf", "trueconf|true conf|true-conf")]
    [InlineData("MoodHood", "moodhood|mood hood|mood-hood")]
    [InlineData("Zoom", "zoom")]
    [InlineData("Video Hub", "videohub|video hub|video-hub")]
    public void A_backend_name_is_typed_joined_spaced_or_hyphenated(string displayName, string expected) =>
        Assert.Equal(expected, string.Join('|', ServiceNames.For(displayName)));
}
