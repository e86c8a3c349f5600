using MeetingBot.Commands;
using MeetingBot.Localization;

namespace MeetingBot.Meetings;

/// <summary>
/// <c>language ru</c> / <c>язык русский</c>: stores the language the sender chose (kept with their link, and needing
/// none) and answers in it; <c>language</c> alone tells which languages there are and which one is theirs. Both
/// answers are about the sender's own setting, so they are meant for the sender alone.
/// </summary>
public sealed class ChooseLanguageHandler(ReaderLanguages readers) : ICommandHandler<ChooseLanguageCommand>
{
    public async Task HandleAsync(ChooseLanguageCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        var spoken = readers.Languages.Supported;
        if (string.IsNullOrWhiteSpace(command.Requested))
        {
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Info, ChooseLanguageTexts.Spoken(spoken), ForSenderOnly: true), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (LanguageNames.Find(readers.Languages, command.Requested) is not { } chosen)
        {
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Problem, ChooseLanguageTexts.NotSpoken(command.Requested.Trim(), spoken)), cancellationToken).ConfigureAwait(false);
            return;
        }

        await readers.ChooseAsync(chat.Channel, chat.Sender.Id, chosen, cancellationToken).ConfigureAwait(false);
        using var language = TextLanguage.Use(chosen);
        await chat.ReplyAsync(new NoticeReply(NoticeKind.Success, ChooseLanguageTexts.Chosen, ForSenderOnly: true), cancellationToken).ConfigureAwait(false);
    }
}
