using System.Text.Json.Serialization;

namespace MeetingBot.MoodHood.Wire;

// Shapes of the MoodHood REST API (reference §5, §8). Unknown fields are ignored; absent ones stay null.

internal sealed record ClientCredentialsGrant(
    [property: JsonPropertyName("client_id")] string ClientId,
    [property: JsonPropertyName("client_secret")] string ClientSecret,
    [property: JsonPropertyName("grant_type")] string GrantType);

internal sealed record PasswordGrant(
    [property: JsonPropertyName("client_id")] string ClientId,
    [property: JsonPropertyName("client_secret")] string ClientSecret,
    [property: JsonPropertyName("grant_type")] string GrantType,
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("password")] string Password);

internal sealed record TokenAnswer(
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("access_token")] string? AccessToken);

internal sealed record CreateRoomBody(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("isPublic")] bool IsPublic,
    [property: JsonPropertyName("isChatAllowed")] bool IsChatAllowed,
    [property: JsonPropertyName("isScreensharingAllowed")] bool IsScreensharingAllowed);

internal sealed record RoomDto(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("alias")] string? Alias,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("spaceId")] string? SpaceId,
    [property: JsonPropertyName("type")] string? Type);

internal sealed record RoomList(
    [property: JsonPropertyName("items")] IReadOnlyList<RoomDto>? Items,
    [property: JsonPropertyName("total")] int? Total);

internal sealed record GenerateAccessBody(
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("externalUserId")] string ExternalUserId,
    [property: JsonPropertyName("externalMeetingId")] string ExternalMeetingId,
    [property: JsonPropertyName("ttl")] int Ttl);

internal sealed record AccessAnswer([property: JsonPropertyName("url")] string? Url);

/// <summary>One call of <c>GET …/analytics/calls</c> (reference §5.13); only what the bot reads.</summary>
internal sealed record CallDto(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("active")] bool? Active,
    [property: JsonPropertyName("roomId")] string? RoomId,
    [property: JsonPropertyName("participantsCount")] int? ParticipantsCount);

internal sealed record CallList([property: JsonPropertyName("items")] IReadOnlyList<CallDto>? Items);

internal sealed record MeAnswer([property: JsonPropertyName("id")] string? Id);

/// <summary>The API's error shape <c>{"code","message"}</c> and the token endpoint's <c>{"error","error_description"}</c>.</summary>
internal sealed record ErrorAnswer(
    [property: JsonPropertyName("code")] string? Code,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription);
