using System.Text.RegularExpressions;
using MeetingBot.Commands;
using MeetingBot.Localization;
using MeetingBot.Tests.Commands;

namespace MeetingBot.Tests.Localization;

/// <summary>
/// Every command a text tells people to type (between backticks, in any language) is one the bot understands, so
/// a reply never advises a sentence that would be answered "I didn't get that".
/// </summary>
public sealed partial class CommandsInTextsTests
{
    private static readonly MessageMention Alex = new("29:alex", "Alex", "<at>Alex</at>");

    public static TheoryData<string, string> AdvisedCommands()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in Languages.Discover())
        {
            using var reader = new StreamReader(Languages.Open(language));
            foreach (var command in Backticked().Matches(reader.ReadToEnd()).Select(match => match.Groups[1].Value).Distinct())
            {
                data.Add(language.Code, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AdvisedCommands))]
    public void Every_advised_command_is_understood(string language, string advised)
    {
        var text = advised
            .Replace("{backendLower}", "trueconf", StringComparison.Ordinal)
            .Replace("{id}", "helen", StringComparison.Ordinal);
        text = Mention().Replace(text, Alex.MentionText);
        if (text.EndsWith('…'))
        {
            text = text[..^1] + "kevin";
        }

        if (text.StartsWith('…'))
        {
            // "… meeting 4219111751": any command's tail naming a meeting.
            text = (language == "ru" ? "останови" : "stop") + text[1..];
        }

        using var _ = TextLanguage.Use(new Language(language));
        var mentions = text.Contains(Alex.MentionText, StringComparison.Ordinal) ? [Alex] : Array.Empty<MessageMention>();
        var command = TestParser.Parse(text, mentions);

        if (command is UnknownCommand)
        {
            // Not a command of its own: the words for "everyone" that the card's Invite box takes.
            Assert.True(new CommandParser(TestParser.TrueConf.DisplayName).ParseInvitees(text)?.EveryoneHere == true, $"{language}: `{advised}` read as '{text}' is not understood");
        }
    }

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Mention();
}
