using MeetingBot.Commands;
using MeetingBot.Conferencing;

namespace MeetingBot.Meetings;

/// <summary><c>help</c>: every command the active backend supports, with an example, from the parser's own catalog.</summary>
public sealed class HelpHandler(IConferenceService backend) : ICommandHandler<HelpCommand>
{
    public Task HandleAsync(HelpCommand command, IChatConversation chat, CancellationToken cancellationToken) =>
        chat.ReplyAsync(For(backend.Capabilities, intro: null), cancellationToken);

    /// <summary>The welcome on install: a few everyday examples, and how to see the rest.</summary>
    public static HelpReply Welcome(ConferencingCapabilities capabilities) =>
        new(BotTexts.Welcome, BotTexts.WelcomeLead, CommandCatalog.ExamplesFor(capabilities).Take(WelcomeExamples).ToArray());

    private const int WelcomeExamples = 4;

    /// <summary>The help reply, after <paramref name="intro"/> when there is something to say first.</summary>
    public static HelpReply For(ConferencingCapabilities capabilities, string? intro) =>
        new(intro, BotTexts.HelpIntro(capabilities.DisplayName), CommandCatalog.ExamplesFor(capabilities));
}
