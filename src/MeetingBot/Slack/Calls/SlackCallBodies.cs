using System.Text.Json.Serialization;

namespace MeetingBot.Slack.Calls;

/// <summary><c>calls.add</c>: the meeting as a Slack call (reference §6, "Calls API").</summary>
internal sealed record SlackCallAdd(string ExternalUniqueId, string JoinUrl, string CreatedBy, string Title, long DateStart, string ExternalDisplayId);

/// <summary><c>calls.end</c>, with how long the meeting ran in seconds.</summary>
internal sealed record SlackCallEnd(string Id, long Duration);

/// <summary><c>calls.participants.add</c> / <c>.remove</c>.</summary>
internal sealed record SlackCallParticipants(string Id, IReadOnlyList<SlackCallUser> Users);

/// <summary>A person of the call as the backend knows them (not every one is a Slack user).</summary>
internal sealed record SlackCallUser(string ExternalId, string DisplayName);

/// <summary>What is remembered of a meeting's call: its id, who Slack was last told is in it, and whether it was ended.</summary>
internal sealed record SlackCallState(string CallId, IReadOnlyList<SlackCallUser> Participants, bool Ended);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SlackCallAdd))]
[JsonSerializable(typeof(SlackCallEnd))]
[JsonSerializable(typeof(SlackCallParticipants))]
[JsonSerializable(typeof(SlackCallState))]
internal sealed partial class SlackCallsJsonContext : JsonSerializerContext;
