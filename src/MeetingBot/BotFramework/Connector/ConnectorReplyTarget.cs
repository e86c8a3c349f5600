namespace MeetingBot.BotFramework.Connector;

/// <summary>
/// Where an outbox message for the Bot Connector goes: a conversation, optionally as a reply to one activity, or in
/// place of an activity the bot sent earlier (<see cref="UpdateActivityId"/>: <c>PUT …/activities/{id}</c>), or into
/// the bot's 1:1 chat with <see cref="PersonalUserId"/>, opened first (<see cref="ConversationId"/> empty then).
/// </summary>
/// <param name="TenantId">The person's tenant, which Teams needs to open a 1:1 chat.</param>
public sealed record ConnectorReplyTarget(
    string ServiceUrl, string ConversationId, string? ReplyToId, string? UpdateActivityId = null, string? PersonalUserId = null, string? TenantId = null);
