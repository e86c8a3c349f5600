namespace MeetingBot.Tests.Commands;

/// <summary>The commands that act on a running meeting, and the start command's modes.</summary>
public class MeetingCommandParsingTests
{
    [Theory]
    [InlineData("invite dean", "Invite([dean])")]
    [InlineData("add dean and helen", "Invite([dean, helen])")]
    [InlineData("please invite Dean Novak, helen", "Invite([Dean Novak, helen])")]
    [InlineData("invite dean to the meeting", "Invite([dean])")]
    [InlineData("invite dean to meeting 4219111751", "Invite([dean]@4219111751)")]
    [InlineData("call kevin", "Invite([kevin])")]
    [InlineData("invite everyone here", "Invite(everyone)")]
    [InlineData("Invite everybody!", "Invite(everyone)")]
    [InlineData("invite everyone in this chat to meeting 42x", "Invite(everyone@42x)")]
    [InlineData("invite me", "Unknown(invite me)")]
    [InlineData("invite", "Unknown(invite)")]
    public void Invites(string text, string expected) => Assert.Equal(expected, ParsedCommand.Parse(text));

    [Fact]
    public void An_invite_takes_mentions()
    {
        Assert.Equal("Invite([@29:dean-brown=Dean Brown])", ParsedCommand.Parse("invite <at>Dean Brown</at>"));
    }

    [Theory]
    [InlineData("who is in the meeting", "Participants")]
    [InlineData("Who's in?", "Participants")]
    [InlineData("who is on the call", "Participants")]
    [InlineData("participants", "Participants")]
    [InlineData("show participants", "Participants")]
    [InlineData("list the participants of the meeting", "Participants")]
    [InlineData("who joined", "Participants")]
    [InlineData("who is in meeting 4219111751", "Participants@4219111751")]
    [InlineData("participants of meeting 4219111751", "Participants@4219111751")]
    public void Who_is_in(string text, string expected) => Assert.Equal(expected, ParsedCommand.Parse(text));

    [Theory]
    [InlineData("stop meeting", "Stop")]
    [InlineData("end meeting", "Stop")]
    [InlineData("please end the call", "Stop")]
    [InlineData("stop the meeting now", "Stop")]
    [InlineData("hang up", "Stop")]
    [InlineData("end meeting 4219111751", "Stop@4219111751")]
    [InlineData("stop the meeting 4219111751", "Stop@4219111751")]
    [InlineData("stop", "Unknown(stop)")]
    public void Stop(string text, string expected) => Assert.Equal(expected, ParsedCommand.Parse(text));

    [Theory]
    [InlineData("list meetings", "List")]
    [InlineData("my meetings", "List")]
    [InlineData("show my running meetings", "List")]
    [InlineData("upcoming meetings", "List")]
    [InlineData("what meetings are running?", "List")]
    public void List(string text, string expected) => Assert.Equal(expected, ParsedCommand.Parse(text));

    [Theory]
    [InlineData("start smart meeting with kevin", "Start(null; [kevin]; SmartMeeting)")]
    [InlineData("start a moderated meeting", "Start(null; []; Moderated)")]
    [InlineData("start webinar about Q3", "Start(\"Q3\"; []; Moderated)")]
    [InlineData("start public meeting", "Start(null; []; guests)")]
    [InlineData("start meeting with guests", "Start(null; []; guests)")]
    [InlineData("start meeting with kevin and guests", "Start(null; [kevin]; guests)")]
    [InlineData("start meeting about budget with guests", "Start(\"budget\"; []; guests)")]
    [InlineData("start a public webinar with dean", "Start(null; [dean]; Moderated; guests)")]
    [InlineData("start meeting with kevin", "Start(null; [kevin])")]
    public void Start_modes_and_guests(string text, string expected) => Assert.Equal(expected, ParsedCommand.Parse(text));
}
