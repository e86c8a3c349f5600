using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using static MeetingBot.Tests.EndToEnd.MeetingTestSteps;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// <c>invite …</c> through <c>/api/messages</c>: people are called into the conversation's (or the named) running
/// conference in TrueConf, the reply names them and the meeting's card is updated in place with the new invitees;
/// a name that cannot be resolved invites nobody.
/// </summary>
public sealed class MeetingInviteTests
{
    [Fact]
    public async Task Invite_dean_calls_him_into_the_conversations_meeting_and_the_card_lists_him()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot, "start meeting with kevin");

        var reply = await AskAsync(bot, "invite dean");

        Assert.Equal(["dean"], CalledLater(bot, meeting));
        Assert.Contains("**Dean Novak**", reply.Text);
        Assert.Equal(1, Count(bot, SimulatorOperations.ParticipantInvite));
        var update = await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => call.JsonText.Contains("Dean Novak"));
        Assert.Contains("Kevin Smith", update.JsonText);
        Assert.Contains(meeting.ConferenceId, update.JsonText);
    }

    [Fact]
    public async Task Add_dean_and_helen_calls_both()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot);

        var reply = await AskAsync(bot, "add dean and helen");

        Assert.Equal(["dean", "helen"], CalledLater(bot, meeting));
        Assert.Contains("**Dean Novak**", reply.Text);
        Assert.Contains("**Helen Carter**", reply.Text);
        var update = await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => call.JsonText.Contains("Helen Carter") && call.JsonText.Contains("Dean Novak"));
        Assert.Contains("Kevin Smith", update.JsonText);
    }

    [Fact]
    public async Task A_mentioned_person_is_invited_by_their_chat_email()
    {
        await using var bot = await StartBotAsync();
        bot.Connector.AddMember(DeanId, "Dean Brown", "dean@contoso.example");
        var meeting = await StartMeetingAsync(bot);

        var reply = await AskAsync(bot, TestActivities.ChannelMessage(bot.Connector.ServiceUrl, "invite <at>Dean Brown</at>", mentions: (DeanId, "Dean Brown")));

        Assert.Equal(["dean"], CalledLater(bot, meeting));
        Assert.Contains("Dean", reply.Text);
        await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => call.JsonText.Contains("(dean)"));
    }

    [Theory]
    [InlineData("invite dean and bob", "**bob**", "find")]
    [InlineData("invite dean and olga", "**olga**", "disabled")]
    [InlineData("invite dean and Dean Novak", "**Dean Novak**", "matches several")]
    public async Task A_name_that_is_unknown_disabled_or_ambiguous_is_named_and_nobody_is_invited(string command, string named, string why)
    {
        await using var bot = await StartBotAsync();
        bot.TrueConf.AddUser("dnovak", "Dean Novak", "d.novak@partner.example"); // "Dean Novak": dean or dnovak
        var meeting = await StartMeetingAsync(bot);

        var reply = await AskAsync(bot, command);

        Assert.Contains(named, reply.Text);
        Assert.DoesNotContain("Invited", reply.Text);
        Assert.Contains(why, reply.Text);
        Assert.Empty(CalledLater(bot, meeting));
        Assert.Equal(0, Count(bot, SimulatorOperations.ParticipantInvite));
        Assert.DoesNotContain(bot.Connector.Updates, call => call.ActivityId == meeting.CardMessageId);
    }

    [Fact]
    public async Task Invite_everyone_here_pages_through_the_roster_invites_each_mapped_member_and_names_the_others()
    {
        await using var bot = await StartBotAsync();
        bot.Connector.RosterPageSize = 2;
        bot.Connector.AddMember(DeanId, "Dean Novak", "dean@contoso.example");
        bot.Connector.AddMember(HelenId, "Helen Carter", "helen.carter@contoso.example");
        bot.Connector.AddMember("29:guest-aad", "Gary Guest", "gary@partner.example");
        bot.Connector.AddMember(KevinId, "Kevin Smith", "kevin.smith@corp.contoso.example");
        var meeting = await StartMeetingAsync(bot, "start meeting");

        var reply = await AskAsync(bot, "invite everyone here");

        // Five members (Alex, the sender, among them) at two a page: three pages, the second and third asked with the token.
        var pages = bot.Connector.Calls.Where(call => call.Path.Contains("/pagedmembers")).ToArray();
        Assert.Equal(3, pages.Length);
        Assert.DoesNotContain("continuationToken", pages[0].Path);
        Assert.Contains("continuationToken=roster-from-2", pages[1].Path);
        Assert.Contains("continuationToken=roster-from-4", pages[2].Path);
        Assert.Equal(["alex"], meeting.CalledAtStart);
        Assert.Equal(["dean", "helen", "kevin"], CalledLater(bot, meeting));
        Assert.Contains("**Gary Guest**", reply.Text);
        Assert.Contains("couldn't match", reply.Text);
        Assert.Contains("**Dean Novak**", reply.Text);
        Assert.DoesNotContain("**Alex Wilber**,", reply.Text);
        Assert.DoesNotContain("**Alex Wilber** to", reply.Text);
        await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => call.JsonText.Contains("Helen Carter") && call.JsonText.Contains("Kevin Smith"));
    }

    [Fact]
    public async Task Invite_everyone_here_in_a_conversation_larger_than_one_command_may_invite_invites_nobody_and_looks_nobody_up()
    {
        await using var bot = await StartBotAsync(new() { ["MeetingBot:MaxInvitees"] = "2" });
        bot.Connector.AddMember(DeanId, "Dean Novak", "dean@contoso.example");
        bot.Connector.AddMember(HelenId, "Helen Carter", "helen.carter@contoso.example");
        bot.Connector.AddMember(KevinId, "Kevin Smith", "kevin.smith@corp.contoso.example");
        var meeting = await StartMeetingAsync(bot, "start meeting");
        var userLookups = bot.TrueConf.RequestLog.Count(request => request.Operation is SimulatorOperations.UserGet or SimulatorOperations.UserList);

        var reply = await AskAsync(bot, "invite everyone here");

        Assert.Contains("at most 2", reply.Text);
        Assert.Contains("didn't invite anybody", reply.Text);
        Assert.Empty(CalledLater(bot, meeting));
        Assert.Equal(0, Count(bot, SimulatorOperations.ParticipantInvite));
        Assert.Equal(userLookups, bot.TrueConf.RequestLog.Count(request => request.Operation is SimulatorOperations.UserGet or SimulatorOperations.UserList));
    }

    [Fact]
    public async Task The_conversations_meeting_is_still_known_after_a_restart_and_its_card_is_updated()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot, "start meeting \"Standup\" with kevin");
        await bot.App.DisposeAsync();

        // A new instance of the bot over the same database, the same TrueConf and the same Connector.
        await using var restarted = new MeetingBotApp(BotHarness.BaseSettings(bot.Simulator, bot.DatabasePath));
        var invite = bot.Message("invite dean");
        await restarted.PostActivityAsync(invite);
        var reply = await NextReplyAsync(bot);

        Assert.Equal((string?)invite["id"], reply.ActivityId);
        Assert.Contains("**Standup**", reply.Text);
        Assert.Equal(["dean"], CalledLater(bot, meeting));
        await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => call.JsonText.Contains("Dean Novak") && call.JsonText.Contains("Kevin Smith"));
    }

    [Fact]
    public async Task Two_invites_sent_at_once_both_land_and_the_card_ends_up_listing_everyone()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot, "start meeting with kevin");

        await Task.WhenAll(bot.SendAsync(bot.Message("invite dean")), bot.SendAsync(bot.Message("invite helen")));
        await NextReplyAsync(bot);
        await NextReplyAsync(bot);

        Assert.Equal(["dean", "helen"], CalledLater(bot, meeting));
        await WaitForCardUpdateAsync(bot, meeting.CardMessageId, call => call.JsonText.Contains("Dean Novak") && call.JsonText.Contains("Helen Carter"));
        var last = bot.Connector.Updates.Last(call => call.ActivityId == meeting.CardMessageId);
        Assert.Contains("Dean Novak", last.JsonText); // the last PUT is not an older state
        Assert.Contains("Helen Carter", last.JsonText);
        Assert.Contains("Kevin Smith", last.JsonText);
    }

    [Fact]
    public async Task Inviting_into_an_ended_meeting_says_it_has_ended_and_calls_nobody()
    {
        await using var bot = await StartBotAsync();
        var meeting = await StartMeetingAsync(bot);
        await AskAsync(bot, "stop meeting");

        var reply = await AskAsync(bot, "invite dean");

        Assert.Contains("has already ended", reply.Text);
        Assert.Equal(0, Count(bot, SimulatorOperations.ParticipantInvite));
        Assert.False(bot.TrueConf.FindConference(meeting.ConferenceId)!.IsRunning);
    }
}
