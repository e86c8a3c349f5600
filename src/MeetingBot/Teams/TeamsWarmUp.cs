using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Commands;
using MeetingBot.Hosting;
using MeetingBot.Meetings;

namespace MeetingBot.Teams;

/// <summary>Runs the parse → card → JSON path once, so its code is compiled before the first real message.</summary>
internal sealed class TeamsWarmUp : IStartupWarmUp
{
    public Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var activity = JsonSerializer.Deserialize("""{"type":"message","text":"start meeting with kevin","entities":[]}""", BotFrameworkJsonContext.Default.Activity)!;
        CommandParser.Parse(TeamsMentions.RemoveRecipientMention(activity), TeamsMentions.OtherMentions(activity));
        var meeting = new MeetingSummary("Warm-up", new PersonSummary("A", "a"), [], "0", true, "https://localhost/", null, "TrueConf", DateTimeOffset.UnixEpoch);
        JsonSerializer.Serialize(TeamsReplyRenderer.Render(new MeetingStartedReply(meeting), activity), BotFrameworkJsonContext.Default.OutboundActivity);
        return Task.CompletedTask;
    }
}
