namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// Where an outbox message for the Bot Connector goes: a conversation, optionally as a reply to one activity, or in
/// place of an activity the bot sent earlier (<see cref="UpdateActivityId"/>: <c>PUT …/activities/{id}</c>).
/// </summary>
public sealed record ConnectorReplyTarget(string ServiceUrl, string ConversationId, string? ReplyToId, string? UpdateActivityId = null);
