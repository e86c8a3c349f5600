using System.Text.Json.Serialization;

namespace MeetingBot.MeetingPages;

/// <summary>What a meeting-page link vouches for: one chat user, one meeting, until a moment.</summary>
/// <param name="Channel">The chat the user is known in (Teams, Slack).</param>
/// <param name="UserId">The user's id in that chat.</param>
/// <param name="DisplayName">The name the meeting shows for them.</param>
/// <param name="ConferenceId">The backend's id of the meeting (the page's address names it too).</param>
/// <param name="ExpiresAt">Unix seconds after which the link no longer works.</param>
public sealed record PageTicket(
    [property: JsonPropertyName("ch")] string Channel,
    [property: JsonPropertyName("uid")] string UserId,
    [property: JsonPropertyName("name")] string DisplayName,
    [property: JsonPropertyName("mtg")] string ConferenceId,
    [property: JsonPropertyName("exp")] long ExpiresAt);

[JsonSerializable(typeof(PageTicket))]
internal sealed partial class PageTicketJsonContext : JsonSerializerContext;
