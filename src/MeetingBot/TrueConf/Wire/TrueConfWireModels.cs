using System.Text.Json;
using System.Text.Json.Serialization;

namespace MeetingBot.TrueConf.Wire;

// Shapes of the TrueConf Server REST API (reference §3, §4, §5, §6, §8). Unknown fields are ignored.

internal sealed record TokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("scope")] string? Scope);

/// <summary>The v4 token endpoint's authorization-code exchange (JSON, the code under <c>auth_code</c>; reference §2).</summary>
internal sealed record AuthorizationCodeRequestV4(
    [property: JsonPropertyName("grant_type")] string GrantType,
    [property: JsonPropertyName("auth_code")] string AuthCode,
    [property: JsonPropertyName("client_id")] string ClientId,
    [property: JsonPropertyName("client_secret")] string ClientSecret,
    [property: JsonPropertyName("redirect_uri")] string RedirectUri,
    [property: JsonPropertyName("code_verifier")] string CodeVerifier);

internal sealed record InvitationRef(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("display_name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DisplayName = null);

internal sealed record ScheduleV3([property: JsonPropertyName("type")] int Type);

internal sealed record CreateConferenceV3(
    [property: JsonPropertyName("topic")] string Topic,
    [property: JsonPropertyName("owner")] string Owner,
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("auto_invite")] int AutoInvite,
    [property: JsonPropertyName("schedule")] ScheduleV3 Schedule,
    [property: JsonPropertyName("invitations")] IReadOnlyList<InvitationRef> Invitations,
    [property: JsonPropertyName("allow_guests")] bool AllowGuests,
    [property: JsonPropertyName("vad_selector"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? VadSelector,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags);

internal sealed record ScheduleV4([property: JsonPropertyName("type")] string Type);

internal sealed record CreateConferenceV4(
    [property: JsonPropertyName("topic")] string Topic,
    [property: JsonPropertyName("owner")] string Owner,
    [property: JsonPropertyName("mode")] string Mode,
    [property: JsonPropertyName("auto_invite")] int AutoInvite,
    [property: JsonPropertyName("schedule")] ScheduleV4 Schedule,
    [property: JsonPropertyName("invitations")] IReadOnlyList<InvitationRef> Invitations,
    [property: JsonPropertyName("access")] string Access,
    [property: JsonPropertyName("allow_guests")] bool AllowGuests,
    [property: JsonPropertyName("tags")] IReadOnlyList<string> Tags);

/// <param name="AllowGuests">A boolean per the reference; read as an element because servers also write 0/1.</param>
/// <param name="Access">v4 (and some v3 copies): <c>private</c> or <c>public</c>.</param>
internal sealed record ConferenceDto(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("owner")] string? Owner,
    [property: JsonPropertyName("state")] string? State,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("webclient_url")] string? WebclientUrl,
    [property: JsonPropertyName("invitations")] IReadOnlyList<InvitationRef>? Invitations,
    [property: JsonPropertyName("allow_guests")] JsonElement AllowGuests = default,
    [property: JsonPropertyName("access")] string? Access = null,
    [property: JsonPropertyName("schedule")] ScheduleDto? Schedule = null);

/// <param name="Type">v3 an integer (−1 none, 0 weekly, 1 one-time), v4 a string (<c>none</c>, <c>week</c>, <c>once</c>).</param>
/// <param name="StartTime">Unix seconds of a one-time conference.</param>
internal sealed record ScheduleDto(
    [property: JsonPropertyName("type")] JsonElement Type,
    [property: JsonPropertyName("start_time")] long? StartTime);

internal sealed record ConferenceListPage(
    [property: JsonPropertyName("cnt")] int Count,
    [property: JsonPropertyName("conferences")] IReadOnlyList<ConferenceDto>? Conferences);

/// <param name="JoinTime">Unix seconds; null (or absent) while the person is still being called.</param>
/// <param name="IsInConf">v4 only: true once the person is in the call (a boolean; 0/1 read too).</param>
internal sealed record ParticipantDto(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("display_name")] string? DisplayName,
    [property: JsonPropertyName("join_time")] long? JoinTime,
    [property: JsonPropertyName("is_in_conf")] JsonElement IsInConf = default);

/// <param name="Count">v4 only: the total over all pages.</param>
internal sealed record ParticipantList(
    [property: JsonPropertyName("cnt")] int? Count,
    [property: JsonPropertyName("participants")] IReadOnlyList<ParticipantDto>? Participants);

internal sealed record InvitationDto(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("display_name")] string? DisplayName);

internal sealed record InvitationList([property: JsonPropertyName("invitations")] IReadOnlyList<InvitationDto>? Invitations);

internal sealed record ConferenceEnvelope([property: JsonPropertyName("conference")] ConferenceDto? Conference);

internal sealed record StateEnvelope([property: JsonPropertyName("state")] string? State);

internal sealed record InviteParticipantV3([property: JsonPropertyName("participant_id")] string ParticipantId);

internal sealed record InviteParticipantsV4([property: JsonPropertyName("participants")] IReadOnlyList<string> Participants);

internal sealed record UserDto(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("login_name")] string? LoginName,
    [property: JsonPropertyName("display_name")] string? DisplayName,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("is_active")] JsonElement IsActive);

internal sealed record UserEnvelope([property: JsonPropertyName("user")] UserDto? User);

internal sealed record UserPage(
    [property: JsonPropertyName("next_page_id")] int NextPageId,
    [property: JsonPropertyName("users")] IReadOnlyList<UserDto>? Users);

internal sealed record ApiErrorItem(
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("location")] string? Location);

internal sealed record ApiErrorBody(
    [property: JsonPropertyName("code")] int Code,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("errors")] IReadOnlyList<ApiErrorItem>? Errors);
