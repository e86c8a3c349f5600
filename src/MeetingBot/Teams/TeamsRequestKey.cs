using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Teams;

/// <summary>The idempotency key of an activity: the same message redelivered yields the same key.</summary>
public static class TeamsRequestKey
{
    public static string For(Activity activity) =>
        string.Concat(activity.ChannelId, "|", activity.Conversation?.Id, "|", activity.Id);
}
