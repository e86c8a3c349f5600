using MeetingBot.BotFramework.Schema;

namespace MeetingBot.Teams;

/// <summary>Whether an activity says the bot was just installed in a conversation (reference §7.1, §7.2).</summary>
internal static class TeamsInstall
{
    public static bool IsInstall(Activity activity) => activity.Type switch
    {
        ActivityTypes.ConversationUpdate => activity.MembersAdded?.Any(member => member.Id == activity.Recipient?.Id) == true,
        ActivityTypes.InstallationUpdate => string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };
}
