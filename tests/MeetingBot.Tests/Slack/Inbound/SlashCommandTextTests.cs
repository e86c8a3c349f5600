using MeetingBot.Commands;
using MeetingBot.Slack.Inbound;

namespace MeetingBot.Tests.Slack.Inbound;

/// <summary>The issue's <c>/meet …</c> forms read through the same parser as every other sentence.</summary>
public sealed class SlashCommandTextTests
{
    private static BotCommand Parse(string text, params MessageMention[] mentions) =>
        SlashCommandText.Parse(new CommandParser("TrueConf"), text, mentions);

    [Fact]
    public void With_people_starts_a_meeting_with_them()
    {
        var kevin = new MessageMention("U0KEVIN", "Kevin Smith", "<@U0KEVIN|kevin>");

        var start = Assert.IsType<StartMeetingCommand>(Parse("with <@U0KEVIN|kevin> and dean", kevin));

        Assert.Equal(2, start.Invitees.Count);
    }

    [Fact]
    public void A_quoted_topic_is_the_meetings_topic()
    {
        var start = Assert.IsType<StartMeetingCommand>(Parse("\"Design review\" with kevin"));

        Assert.Equal("Design review", start.Topic);
        Assert.Single(start.Invitees);
    }

    [Fact]
    public void Alone_it_starts_a_meeting_with_nobody_else() =>
        Assert.Empty(Assert.IsType<StartMeetingCommand>(Parse("  ")).Invitees);

    [Theory]
    [InlineData("invite dean", typeof(InviteCommand))]
    [InlineData("stop", typeof(StopMeetingCommand))]
    [InlineData("who", typeof(ShowParticipantsCommand))]
    [InlineData("who?", typeof(ShowParticipantsCommand))]
    [InlineData("list", typeof(ListMeetingsCommand))]
    [InlineData("help", typeof(HelpCommand))]
    [InlineData("stop meeting 4219111751", typeof(StopMeetingCommand))]
    [InlineData("who is in the meeting", typeof(ShowParticipantsCommand))]
    public void The_other_commands_keep_their_meaning(string text, Type expected) =>
        Assert.IsType(expected, Parse(text));
}
