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
    [InlineData("пригласи dean", typeof(InviteCommand))]
    [InlineData("кто", typeof(ShowParticipantsCommand))]
    [InlineData("кто?", typeof(ShowParticipantsCommand))]
    [InlineData("заверши", typeof(StopMeetingCommand))]
    [InlineData("стоп", typeof(StopMeetingCommand))]
    [InlineData("мои встречи", typeof(ListMeetingsCommand))]
    [InlineData("список", typeof(ListMeetingsCommand))]
    [InlineData("помощь", typeof(HelpCommand))]
    public void The_other_commands_keep_their_meaning(string text, Type expected) =>
        Assert.IsType(expected, Parse(text));

    [Fact]
    public void A_russian_tail_starts_a_meeting_with_its_people_and_topic()
    {
        var start = Assert.IsType<StartMeetingCommand>(Parse("«Ретро» с kevin и Деном"));

        Assert.Equal("Ретро", start.Topic);
        Assert.Equal(["kevin", "Деном"], start.Invitees.Select(person => person.DisplayName));
    }

    [Fact]
    public void A_tail_neither_language_reads_is_answered_in_the_english_sentence() =>
        Assert.Equal("start meeting свари кофе", Assert.IsType<UnknownCommand>(Parse("свари кофе")).Text);
}
