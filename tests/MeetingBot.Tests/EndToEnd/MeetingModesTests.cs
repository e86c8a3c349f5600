using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// <c>start smart meeting</c>, <c>start webinar</c>, <c>… with guests</c>: the conference TrueConf makes has the layout
/// and guest access asked for, the card shows the guest link, and a server without the licence is explained in plain words.
/// </summary>
public sealed class MeetingModesTests
{
    [Theory]
    [InlineData("start meeting with kevin", ConferenceLayout.AllOnScreen)]
    [InlineData("start smart meeting with kevin", ConferenceLayout.RoleBasedSmart)] // v3: type 3 + vad_selector 1
    [InlineData("start moderated meeting with kevin", ConferenceLayout.RoleBasedModerated)]
    [InlineData("start webinar", ConferenceLayout.RoleBasedModerated)] // v3: type 3 + vad_selector 0
    public async Task Each_start_makes_a_conference_of_its_layout(string command, ConferenceLayout layout)
    {
        await using var bot = await StartBotAsync();

        var meeting = await StartMeetingAsync(bot, command);

        var conference = bot.TrueConf.FindConference(meeting.ConferenceId)!;
        Assert.Equal(layout, conference.Layout);
        Assert.True(conference.IsRunning);
        Assert.False(conference.AllowGuests);
        Assert.DoesNotContain("Guest link", meeting.Reply.JsonText);
    }

    [Theory]
    [InlineData("start meeting with guests")]
    [InlineData("start public meeting")]
    public async Task A_meeting_with_guests_allows_them_and_its_card_shows_the_guest_link(string command)
    {
        await using var bot = await StartBotAsync();

        var meeting = await StartMeetingAsync(bot, command);

        var conference = bot.TrueConf.FindConference(meeting.ConferenceId)!;
        Assert.True(conference.AllowGuests || conference.Access == "public");
        var facts = meeting.Reply.Card!["body"]!.AsArray().Single(element => (string?)element!["type"] == "FactSet")!["facts"]!.AsArray();
        var guestLink = (string?)facts.Single(fact => (string?)fact!["title"] == "Guest link")!["value"];
        Assert.NotNull(guestLink);
        Assert.Contains(meeting.ConferenceId, guestLink);
        Assert.StartsWith(bot.Simulator.BaseUrl, guestLink);
    }

    [Theory]
    [InlineData("start webinar")]
    [InlineData("start smart meeting with kevin")]
    [InlineData("start meeting with guests")]
    public async Task Without_the_webinar_licence_the_reply_says_what_the_server_refused(string command)
    {
        await using var bot = await StartBotAsync(simulator: options => options.WebinarLicence = false);

        var reply = await AskAsync(bot, command);

        Assert.Null(reply.Card);
        Assert.Contains("TrueConf refused", reply.Text);
        Assert.Contains("does not allow webinars or guests", reply.Text);
        Assert.DoesNotContain("licenseRestriction", reply.Text);
        Assert.Empty(bot.TrueConf.Conferences);
    }
}
