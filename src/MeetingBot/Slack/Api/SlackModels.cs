namespace MeetingBot.Slack.Api;

/// <summary>Who the bot token belongs to (<c>auth.test</c>): the bot user, the bot and the workspace.</summary>
public sealed record SlackIdentity(string UserId, string BotId, string TeamId);

/// <summary>A workspace member as <c>users.info</c> describes them; <see cref="Email"/> needs the <c>users:read.email</c> scope.</summary>
public sealed record SlackUser(
    string Id, string Name, string? RealName, string? DisplayName, string? Email, bool IsBot, bool Deleted, string? TimeZone, string? Locale);

/// <summary>One page of a conversation's members; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record SlackMembersPage(IReadOnlyList<string> UserIds, string? NextCursor);

/// <summary>What a write method answered: the message's <c>ts</c> and <c>channel</c>, a call's <c>call.id</c>.</summary>
public sealed record SlackMethodResult(string? Ts, string? Channel, string? CallId);
