using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.Slack.SocketMode;

/// <summary>
/// One message Slack sends over the socket: <c>hello</c> (the handshake), <c>disconnect</c> (Slack recycles the
/// connection; <see cref="Reason"/> says why), or a request to acknowledge by its <see cref="EnvelopeId"/>:
/// <c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>. <see cref="Payload"/> is the same JSON the HTTP
/// endpoints receive.
/// </summary>
internal sealed record SocketModeEnvelope(
    string Type,
    string? EnvelopeId = null,
    JsonElement? Payload = null,
    bool AcceptsResponsePayload = false,
    int? RetryAttempt = null,
    string? RetryReason = null,
    string? Reason = null);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(SocketModeEnvelope))]
internal sealed partial class SocketModeJsonContext : JsonSerializerContext;
