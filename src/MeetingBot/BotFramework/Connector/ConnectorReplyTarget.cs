namespace MeetingBot.BotFramework.Connector;

/// <summary>Where an outbox message for the Bot Connector goes: a conversation, optionally as a reply to one activity.</summary>
public sealed record ConnectorReplyTarget(string ServiceUrl, string ConversationId, string? ReplyToId);
