using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Teams;

/// <summary>
/// The idempotency key of an activity: the same message redelivered yields the same key. Teams announces an install
/// twice (<c>installationUpdate</c> and <c>conversationUpdate</c>, reference §7.2): both get the conversation's one
/// welcome key, so the second is taken for a redelivery and the welcome is sent once.
/// </summary>
public static class TeamsRequestKey
{
    public static string For(Activity activity) =>
        TeamsInstall.IsInstall(activity)
            ? string.Concat(activity.ChannelId, "|", activity.Conversation?.Id, "|welcome")
            : string.Concat(activity.ChannelId, "|", activity.Conversation?.Id, "|", activity.Id);
}
