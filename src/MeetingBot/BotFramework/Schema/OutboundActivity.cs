using MeetingBot.AdaptiveCards;

namespace MeetingBot.BotFramework.Schema;

/// <summary>An activity the bot sends to the Bot Connector.</summary>
public sealed record OutboundActivity
{
    public required string Type { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public required ConversationAccount Conversation { get; init; }
    public string? ReplyToId { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Locale { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<CardAttachment>? Attachments { get; init; }
}

public sealed record CardAttachment(string ContentType, AdaptiveCard Content)
{
    public static CardAttachment For(AdaptiveCard card) => new(AdaptiveCard.ContentType, card);
}

/// <summary>What the Connector answers for a posted activity; Teams often sends no body at all.</summary>
public sealed record ResourceResponse(string? Id);
