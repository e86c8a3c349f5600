using System.Net;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Commands;

namespace MeetingBot.Teams;

/// <summary>Mentions in a Teams message: the bot's own is removed from the text, the others become people.</summary>
public static class TeamsMentions
{
    /// <summary>
    /// The text without the bot's own mention: every entity of type mention whose <c>mentioned.id</c> is the
    /// recipient has its markup removed (or <c>&lt;at&gt;name&lt;/at&gt;</c> when it carries none).
    /// </summary>
    public static string RemoveRecipientMention(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        if (activity.Entities is null || string.IsNullOrEmpty(botId))
        {
            return text.Trim();
        }

        foreach (var entity in activity.Entities)
        {
            if (IsMention(entity) && string.Equals(entity.Mentioned?.Id, botId, StringComparison.Ordinal))
            {
                var markup = string.IsNullOrEmpty(entity.Text) ? $"<at>{entity.Mentioned?.Name}</at>" : entity.Text;
                text = text.Replace(markup, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }

    /// <summary>The people mentioned besides the bot, each with the markup that stands for them in the text.</summary>
    public static IReadOnlyList<MessageMention> OtherMentions(Activity activity)
    {
        if (activity.Entities is null)
        {
            return [];
        }

        var mentions = new List<MessageMention>();
        foreach (var entity in activity.Entities)
        {
            var mentioned = entity.Mentioned;
            if (!IsMention(entity) || mentioned?.Id is null || mentioned.Id == activity.Recipient?.Id)
            {
                continue;
            }

            var name = WebUtility.HtmlDecode(mentioned.Name ?? string.Empty);
            mentions.Add(new MessageMention(mentioned.Id, name, entity.Text ?? $"<at>{mentioned.Name}</at>"));
        }

        return mentions;
    }

    private static bool IsMention(Entity entity) => string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase);
}
