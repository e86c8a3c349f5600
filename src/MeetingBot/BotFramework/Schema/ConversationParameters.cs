namespace MeetingBot.BotFramework.Schema;

/// <summary>
/// <c>POST {serviceUrl}v3/conversations</c> for a proactive 1:1: exactly one member, <c>isGroup</c> false, the tenant
/// both top-level and in <c>channelData</c> (older Teams docs read it there).
/// </summary>
public sealed record ConversationParameters(bool IsGroup, ChannelAccountRef? Bot, IReadOnlyList<ChannelAccountRef> Members, string? TenantId, TenantChannelData? ChannelData);

public sealed record ChannelAccountRef(string Id);

public sealed record TenantChannelData(TenantRef Tenant);

public sealed record TenantRef(string Id);
