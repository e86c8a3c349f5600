namespace MeetingBot.Meetings;

/// <summary>Hands a card action to the handler of its verb; a verb nobody knows (an old card) is refused politely.</summary>
public sealed class CardActionDispatcher(IEnumerable<ICardAction> actions)
{
    private readonly Dictionary<string, ICardAction> _byVerb = actions.ToDictionary(action => action.Verb, StringComparer.Ordinal);

    public Task<CardActionResult> HandleAsync(CardActionRequest request, IChatConversation chat, CancellationToken cancellationToken) =>
        _byVerb.TryGetValue(request.Verb, out var action)
            ? action.HandleAsync(request, chat, cancellationToken)
            : Task.FromResult<CardActionResult>(new ActionFailed("UnknownAction", BotTexts.UnknownCardAction));
}
