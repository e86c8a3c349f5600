using MeetingBot.Commands;

namespace MeetingBot.Slack.Inbound;

/// <summary>
/// What follows <c>/meet</c>: the command's own name says "meet", so <c>/meet with kevin</c> and <c>/meet "Review"</c>
/// start a meeting, <c>/meet</c> alone starts one with nobody else, and the one-word forms of the other commands
/// (<c>/meet who</c>, <c>/meet stop</c>, <c>/meet list</c>) work beside the full sentences.
/// </summary>
internal static class SlashCommandText
{
    public static BotCommand Parse(CommandParser parser, string text, IReadOnlyList<MessageMention> mentions)
    {
        var trimmed = text.Trim();
        var command = trimmed.Length > 0 ? parser.Parse(trimmed, mentions) : null;
        if (command is not null and not UnknownCommand)
        {
            return command;
        }

        var sentence = trimmed.TrimEnd('?', '!', '.').ToLowerInvariant() switch
        {
            "" => "start meeting",
            "who" or "in" or "participants" => "who is in the meeting",
            "stop" or "end" or "finish" => "stop the meeting",
            "list" or "mine" or "meetings" => "list my meetings",
            _ => "start meeting " + trimmed,
        };
        return parser.Parse(sentence, mentions);
    }
}
