namespace MeetingBot.Meetings;

/// <summary>A button pressed on one of the bot's cards, or the card asking for its current state.</summary>
/// <param name="Data">The button's data with the card's inputs merged in, all as strings.</param>
/// <param name="IsRefresh">The client asked on its own (the card was shown), not a person clicking.</param>
public sealed record CardActionRequest(string Verb, IReadOnlyDictionary<string, string> Data, bool IsRefresh);

/// <summary>What the clicker sees: the card replaced (Reply is drawn as the card) or a short message.</summary>
public abstract record CardActionResult;

public sealed record ReplaceCard(BotReply Reply) : CardActionResult;

public sealed record ShowMessage(string Text) : CardActionResult;

/// <summary>
/// A reply for the clicker's eyes only, never in place of the shared card (a personal link): Teams answers the click
/// with it (Universal Actions show it to the clicker alone), Slack as an ephemeral message.
/// </summary>
public sealed record ShowPrivately(BotReply Reply) : CardActionResult;

/// <param name="Code">A stable code for the failure, e.g. <c>UnknownAction</c>.</param>
/// <param name="Message">Words for the clicker.</param>
public sealed record ActionFailed(string Code, string Message) : CardActionResult;

/// <summary>One verb a card button can send.</summary>
public interface ICardAction
{
    string Verb { get; }

    Task<CardActionResult> HandleAsync(CardActionRequest request, IChatConversation chat, CancellationToken cancellationToken);
}
