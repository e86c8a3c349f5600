using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Commands;
using MeetingBot.Conferencing;
using MeetingBot.Hosting;
using MeetingBot.Meetings;

namespace MeetingBot.Teams;

/// <summary>Runs the parse → card → JSON path once, so its code is compiled before the first real message.</summary>
internal sealed class TeamsWarmUp(CommandParser parser, IConferenceService backend) : IStartupWarmUp
{
    public Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var activity = JsonSerializer.Deserialize("""{"type":"message","text":"start meeting with kevin","entities":[]}""", BotFrameworkJsonContext.Default.Activity)!;
        parser.Parse(TeamsMentions.RemoveRecipientMention(activity), TeamsMentions.OtherMentions(activity));
        var meeting = new Storage.MeetingRecord("0", "warm-up", "Warm-up", "a", [], "https://localhost/", null, "msteams", "0", "0", "0", DateTimeOffset.UnixEpoch);
        var card = new MeetingCardReply(MeetingViews.Of(meeting, backend.Capabilities));
        JsonSerializer.Serialize(TeamsReplyRenderer.Render(card, activity), BotFrameworkJsonContext.Default.OutboundActivity);
        return Task.CompletedTask;
    }
}
