namespace MeetingBot.Storage.Sqlite;

/// <summary>One row of the embedded store's links: whose chat account (channel, chat user id) and the link.</summary>
internal sealed record StoredUserLink(string Channel, string ChatUserId, UserLink Link);
