using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.TrueConfSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// The conversation's meeting survives a restart: a second app instance over the same SQLite file, the same TrueConf
/// server and the same chat stops the meeting the first instance started and turns the card that instance posted.
/// </summary>
public sealed class MeetingRestartTests
{
    [Fact]
    public async Task Stop_meeting_after_a_restart_stops_the_meeting_started_before_it_and_updates_its_card()
    {
        await using var trueConf = await TrueConfSimulatorServer.StartAsync();
        await using var connector = await FakeBotConnector.StartAsync();
        connector.AddMember(TestActivities.AlexId, "Alex Wilber", "alexw@contoso.example");
        var settings = BotHarness.BaseSettings(trueConf, Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db"));

        string conferenceId;
        string cardMessageId;
        await using (var first = new MeetingBotApp(settings))
        {
            var start = TestActivities.ChannelMessage(connector.ServiceUrl, "start meeting \"Design review\" with kevin");
            await first.PostActivityAsync(start);
            cardMessageId = (await connector.NextMessageAsync()).ReturnedId!;
            var stored = await MeetingOnCard.StoredAsync(first.Services, $"msteams|{TestActivities.ConversationId}|{start["id"]}");
            conferenceId = stored.ConferenceId;
            Assert.Equal(cardMessageId, stored.CardMessageId);
        }

        await using var second = new MeetingBotApp(settings);
        await second.PostActivityAsync(TestActivities.ChannelMessage(connector.ServiceUrl, "stop meeting"));

        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        RecordedCall? update = null;
        while (update is null && DateTime.UtcNow < until)
        {
            update = connector.Updates.LastOrDefault(call => call.ActivityId == cardMessageId);
            await Task.Delay(25);
        }

        Assert.NotNull(update);
        Assert.StartsWith("Ended", MeetingOnCard.StateOf(update.Card));
        Assert.Contains(conferenceId, update.JsonText);
        Assert.Empty(await AdaptiveCardSchema.ErrorsAsync(update.Card!.ToJsonString()));
        Assert.False(trueConf.State.FindConference(conferenceId)!.IsRunning);
        Assert.Single(trueConf.State.RequestLog, request => request.Operation == SimulatorOperations.ConferenceStop);
        var stored2 = await second.Services.GetRequiredService<IMeetingStore>().FindByConferenceIdAsync("TrueConf", conferenceId, CancellationToken.None);
        Assert.Equal(MeetingState.Ended, stored2?.State);
    }
}
