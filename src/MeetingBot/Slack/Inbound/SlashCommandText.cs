using MeetingBot.Commands;

namespace MeetingBot.Slack.Inbound;

/// <summary>
/// What follows <c>/meet</c>: the command's own name says "meet", so <c>/meet with kevin</c> and <c>/meet "Review"</c>
/// start a meeting, <c>/meet</c> alone starts one with nobody else, and the one-word forms of the other commands
/// (<c>/meet who</c>, <c>/meet stop</c>, <c>/meet list</c>) work beside the full sentences — in English and in
/// Russian (<c>/meet с kevin</c>, <c>/meet кто</c>).
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

        var word = trimmed.TrimEnd('?', '!', '.').ToLowerInvariant();
        var sentence = word switch
        {
            "" => "start meeting",
            "who" or "in" or "participants" => "who is in the meeting",
            "stop" or "end" or "finish" => "stop the meeting",
            "list" or "mine" or "meetings" => "list my meetings",
            _ => "start meeting " + trimmed,
        };
        // The tail is put in a sentence of its own language: "start meeting с kevin" would be read by neither (or, as
        // a topic, wrongly). Cyrillic outside quotes says Russian; a quoted topic may be in either language.
        var english = parser.Parse(sentence, mentions);
        if (english is not UnknownCommand && !HasCyrillicOutsideQuotes(trimmed))
        {
            return english;
        }

        var russian = parser.Parse(RussianSentence(word, trimmed), mentions);
        return russian is UnknownCommand ? english : russian;
    }

    private static bool HasCyrillicOutsideQuotes(string text)
    {
        var quoted = false;
        foreach (var c in text)
        {
            if (c is '"' or '«' or '»' or '„' or '“' or '”')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is (>= 'А' and <= 'я') or 'ё' or 'Ё')
            {
                return true;
            }
        }

        return false;
    }

    private static string RussianSentence(string word, string trimmed) => word switch
    {
        "кто" or "участники" => "кто на встрече",
        "заверши" or "завершить" or "останови" => "заверши встречу",
        "встречи" or "список" => "мои встречи",
        _ => "начни встречу " + trimmed,
    };
}
