using MeetingBot.Tests.EndToEnd;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static MeetingBot.Tests.PersonalLinks.PersonalLinkTeamsHarness;

namespace MeetingBot.Tests.PersonalLinks;

/// <summary>
/// Teams on a backend with no directory and one-time personal links, through <c>/api/messages</c> and the fake
/// Connector: people are chat users, each gets a link of their own in a proactive 1:1 chat, the shared card never
/// carries a link, its Join mints one for the clicker alone, and commands say plainly what the backend cannot do.
/// </summary>
public sealed class PersonalLinkTeamsTests
{
    [Fact]
    public async Task Start_with_kevin_makes_one_room_and_sends_kevin_and_the_owner_their_own_links_in_a_1on1_chat()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;

        var meeting = await MeetingOnCard.StartAsync(bot, "start meeting \"Design review\" with kevin");

        var room = Assert.Single(backend.Rooms);
        Assert.Equal(TestActivities.AlexId, room.OwnerId);
        var kevinMessage = Assert.Single(await PersonalMessagesAsync(bot, KevinId));
        var kevinLink = Assert.Single(backend.LinksFor(KevinId));
        Assert.False(kevinLink.Request.AsModerator);
        Assert.Equal(meeting.RequestKey, kevinLink.Request.MeetingRef);
        Assert.Equal(kevinLink.Link.Url, JoinUrlOf(kevinMessage.Card!));
        Assert.Null(kevinMessage.Text);
        // It names the 1:1 chat it goes to (the Agents Playground's Connector refuses a message naming none).
        Assert.Equal(FakeBotConnector.PersonalConversationId(KevinId), (string?)kevinMessage.Body!["conversation"]?["id"]);
        Assert.DoesNotContain("accessToken", (string?)kevinMessage.Card!["fallbackText"] ?? "");
        Assert.Contains("Alex Wilber invited you", kevinMessage.JsonText);
        await MeetingTestSteps.AssertValidCardAsync(kevinMessage);

        Assert.Single(await PersonalMessagesAsync(bot, TestActivities.AlexId));
        Assert.True(Assert.Single(backend.LinksFor(TestActivities.AlexId)).Request.AsModerator);

        var open = bot.Connector.CreatedConversations.Single(call => (string?)call.Body!["members"]![0]!["id"] == KevinId);
        Assert.False((bool)open.Body!["isGroup"]!);
        Assert.Single(open.Body!["members"]!.AsArray());
        Assert.Equal("tenant-1", (string?)open.Body!["tenantId"]);
        Assert.Equal("tenant-1", (string?)open.Body!["channelData"]!["tenant"]!["id"]);
        Assert.DoesNotContain("accessToken", bot.App.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shared_card_never_carries_a_link_and_its_Join_is_an_Action_Execute()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;

        var meeting = await MeetingOnCard.StartAsync(bot);
        await PersonalMessagesAsync(bot, KevinId);

        var posted = bot.Connector.Calls.Single(call => call.ReturnedId == meeting.CardMessageId);
        await MeetingTestSteps.AssertValidCardAsync(posted);
        Assert.DoesNotContain("accessToken", posted.JsonText);
        Assert.DoesNotContain(PersonalLinkBackend.RoomBaseUrl, posted.JsonText);
        // People are named, not followed by the chat platform's internal ids (there is no backend login to show).
        Assert.Contains("Kevin Smith", posted.JsonText);
        Assert.DoesNotContain(KevinId, posted.JsonText);
        var join = ActionTitled(posted.Card!, "Join");
        Assert.Equal("Action.Execute", (string?)join["type"]);
        Assert.Equal("meeting.join", (string?)join["verb"]);
        Assert.DoesNotContain("Who's in", MeetingOnCard.ActionTitles(posted.Card!));
        Assert.Contains("Invite", MeetingOnCard.ActionTitles(posted.Card!));
    }

    [Fact]
    public async Task Join_on_the_card_answers_the_clicker_alone_with_a_fresh_link_of_their_own()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;
        var meeting = await MeetingOnCard.StartAsync(bot);
        await PersonalMessagesAsync(bot, KevinId);
        await PersonalMessagesAsync(bot, TestActivities.AlexId);
        var delivered = bot.Connector.Delivered.Count;

        var answer = await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.join", DeanId, "Dean Novak")));

        var card = await MeetingOnCard.CardOfAsync(answer);
        var deanLink = Assert.Single(backend.LinksFor(DeanId));
        Assert.False(deanLink.Request.AsModerator);
        Assert.Equal("Dean Novak", deanLink.Request.DisplayName);
        Assert.Equal(deanLink.Link.Url, JoinUrlOf(card));
        Assert.Contains("This link is yours and works once", card.ToJsonString());
        await Task.Delay(300);
        Assert.Equal(delivered, bot.Connector.Delivered.Count); // nothing written into any chat: the answer is the clicker's alone
        Assert.DoesNotContain(bot.Connector.Updates, call => call.JsonText.Contains("accessToken", StringComparison.Ordinal));

        // Each click is a new visit: the owner's click mints another link, as moderator.
        var again = await MeetingOnCard.CardOfAsync(await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.join"))));
        Assert.Equal(2, backend.LinksFor(TestActivities.AlexId).Count);
        Assert.True(backend.LinksFor(TestActivities.AlexId)[^1].Request.AsModerator);
        Assert.Equal(backend.LinksFor(TestActivities.AlexId)[^1].Link.Url, JoinUrlOf(again));
    }

    [Fact]
    public async Task Stop_deletes_the_room_turns_the_card_to_Ended_and_a_later_Join_mints_nothing()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;
        var meeting = await MeetingOnCard.StartAsync(bot);
        await PersonalMessagesAsync(bot, KevinId);

        var reply = await AskAsync(bot, "stop meeting");

        Assert.Contains("Stopped", reply.Text);
        Assert.True(Assert.Single(backend.Rooms).Deleted);
        var ended = await meeting.CardUpdateAsync(bot, "Ended");
        Assert.Empty(MeetingOnCard.ActionTitles(ended.Card!));

        var links = backend.Links.Count;
        var answer = await MeetingOnCard.AnswerAsync(await bot.SendAsync(meeting.Click(bot, "meeting.join", DeanId, "Dean Novak")));
        Assert.Contains("has already ended", answer.ToJsonString());
        Assert.Equal(links, backend.Links.Count);
    }

    [Fact]
    public async Task Invite_dean_by_name_sends_him_his_own_link_privately_and_the_card_lists_him()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;
        var meeting = await MeetingOnCard.StartAsync(bot);
        await PersonalMessagesAsync(bot, KevinId);

        var reply = await AskAsync(bot, "invite dean");

        Assert.Contains("**Dean Novak**", reply.Text);
        var deanMessage = Assert.Single(await PersonalMessagesAsync(bot, DeanId));
        Assert.Equal(Assert.Single(backend.LinksFor(DeanId)).Link.Url, JoinUrlOf(deanMessage.Card!));
        Assert.Equal(0, backend.Invites);
        await meeting.CardUpdateAsync(bot, "Dean Novak");
    }

    [Fact]
    public async Task A_name_nobody_here_answers_to_is_named_and_nothing_is_created()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;

        var reply = await AskAsync(bot, "start meeting with bob");

        Assert.Contains("I don't know anybody called **bob** in this conversation — @mention them.", reply.Text);
        Assert.Empty(backend.Rooms);
        Assert.Empty(backend.Links);
    }

    [Fact]
    public async Task Who_is_in_is_answered_plainly_without_asking_the_backend_for_participants()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;
        await MeetingOnCard.StartAsync(bot);
        await PersonalMessagesAsync(bot, KevinId);

        var reply = await AskAsync(bot, "who is in the meeting");

        Assert.Contains("MoodHood doesn't tell who is in the call", reply.Text);
        Assert.Contains("invited: **Kevin Smith**", reply.Text);
        Assert.Equal(0, backend.ParticipantReads);
    }

    [Fact]
    public async Task The_watcher_looks_at_the_rooms_but_never_asks_who_is_in_them()
    {
        var (bot, backend) = await StartAsync(new() { ["MeetingBot:WatchInterval"] = "00:00:01", ["MeetingBot:WatchIntervalMax"] = "00:00:01" });
        await using var _ = bot;
        await MeetingOnCard.StartAsync(bot);
        var listed = backend.Lists;

        var until = DateTime.UtcNow.AddSeconds(10);
        while (backend.Lists < listed + 2)
        {
            Assert.True(DateTime.UtcNow < until, "the watcher did not look");
            await Task.Delay(100);
        }

        Assert.Equal(0, backend.ParticipantReads);
    }

    [Fact]
    public async Task List_meetings_shows_the_senders_running_meetings_each_with_a_Join_that_mints()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;
        var mine = await MeetingOnCard.StartAsync(bot, "start meeting \"Mine\" with kevin");
        await AskAsync(bot, "stop meeting");
        await MeetingOnCard.StartAsync(bot, "start meeting \"Still mine\" with kevin");

        var list = await AskAsync(bot, "list meetings");

        Assert.Contains("Still mine", list.JsonText);
        Assert.DoesNotContain("\"Mine\"", list.JsonText);
        Assert.DoesNotContain(PersonalLinkBackend.RoomBaseUrl, list.JsonText);
        var join = list.Card!.ToJsonString();
        Assert.Contains("\"verb\":\"meeting.join\"", join);
        Assert.Contains("Action.Execute", join);
    }

    [Fact]
    public async Task A_redelivered_start_makes_one_room_and_one_link_per_person()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;
        var message = bot.Message("start meeting with kevin");

        await bot.SendAsync(message);
        await bot.SendAsync(message);
        await PersonalMessagesAsync(bot, KevinId);
        await Task.Delay(500);

        Assert.Single(backend.Rooms);
        Assert.Single(backend.LinksFor(KevinId));
        Assert.Single(backend.LinksFor(TestActivities.AlexId));
        Assert.Single(bot.Connector.PersonalMessages(KevinId));
    }

    [Fact]
    public async Task Somebody_the_bot_is_not_installed_for_is_named_to_the_starter_privately()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;
        bot.Connector.NotInstalledFor[KevinId] = true;

        await MeetingOnCard.StartAsync(bot);

        var toAlex = await PersonalMessagesAsync(bot, TestActivities.AlexId, count: 2);
        Assert.Contains(toAlex, call => call.Text?.Contains("I couldn't send **Kevin Smith** their own link", StringComparison.Ordinal) == true);
        Assert.Contains(bot.Connector.CreatedConversations, call => call.Status == 403);
        Assert.Empty(bot.Connector.PersonalMessages(KevinId));
    }

    [Fact]
    public async Task A_public_meeting_is_refused_plainly_and_help_lists_only_what_works()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;

        var refusal = await AskAsync(bot, "start public meeting");
        var help = await AskAsync(bot, "help");

        Assert.Contains("MoodHood meetings have no guest links", refusal.Text);
        Assert.Empty(backend.Rooms);
        Assert.Contains("invite", help.JsonText);
        Assert.DoesNotContain("who is in", help.JsonText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("sign in", help.JsonText, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A resumed command (run again after a restart) sends each person's link once: the outbox remembers it went out.</summary>
public sealed class PersonalLinkResumeTests
{
    [Fact]
    public async Task Sending_a_meetings_links_again_mints_and_sends_nothing_for_those_who_got_theirs()
    {
        var (bot, backend) = await StartAsync();
        await using var _ = bot;
        var meeting = await MeetingOnCard.StartAsync(bot);
        await PersonalMessagesAsync(bot, KevinId);
        await PersonalMessagesAsync(bot, TestActivities.AlexId);
        var stored = await MeetingOnCard.StoredAsync(bot.App.Services, meeting.RequestKey);
        var links = backend.Links.Count;

        var delivery = bot.App.Services.GetRequiredService<MeetingBot.Meetings.PersonalLinkDelivery>();
        await delivery.SendAsync(
            stored, [new MeetingBot.Conferencing.ConferenceUser(KevinId, "Kevin Smith", null, true)], "Alex Wilber",
            new ResumedChat(bot.Connector.ServiceUrl), CancellationToken.None);

        Assert.Equal(links, backend.Links.Count);
        Assert.Single(bot.Connector.PersonalMessages(KevinId));
    }

    /// <summary>The conversation of the start command as a resumed run sees it; only what link delivery reads.</summary>
    private sealed class ResumedChat(string serviceUrl) : MeetingBot.Meetings.IChatConversation
    {
        public string Channel => "msteams";
        public string ConversationId => TestActivities.ConversationId;
        public MeetingBot.Meetings.ChatUser Sender { get; } = new(TestActivities.AlexId, "Alex Wilber");
        public string? SenderLocale => null;
        public string? SenderTimeZone => null;
        public string ServiceAddress => serviceUrl;
        public MeetingBot.Meetings.ChatPlace Place { get; } = new("tenant-1", null, null);
        public string? ThreadId => null;
        public string RequestKey => "resumed";
        public int Attempt => 2;
        public Task<string?> ReplyAsync(MeetingBot.Meetings.BotReply reply, CancellationToken cancellationToken) => throw new InvalidOperationException("nothing to reply");
        public Task ShowTypingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task<IReadOnlyList<MeetingBot.Meetings.ChatUser>> ListMembersAsync(CancellationToken cancellationToken) => throw new InvalidOperationException();
        public Task<string?> FindEmailAsync(string chatUserId, CancellationToken cancellationToken) => throw new InvalidOperationException();
    }
}
