using MeetingBot.Commands;
using MeetingBot.Conferencing;

namespace MeetingBot.Tests.Commands;

/// <summary>The parser as the bot builds it for the TrueConf backend (the simulator's), shared by the parsing tests.</summary>
internal static class TestParser
{
    public static ConferencingCapabilities TrueConf { get; } = new("TrueConf", true, true, true, true, false);

    private static readonly CommandParser Parser = new(TrueConf.DisplayName);

    public static BotCommand Parse(string? text, IReadOnlyList<MessageMention>? mentions) => Parser.Parse(text, mentions);
}
