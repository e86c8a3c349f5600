using System.Text.Json.Serialization;

namespace MeetingBot.MoodHoodSimulator.Models;

/// <summary>Token answer (reference §5.1, CONFIRMED): no <c>expires_in</c>.</summary>
internal sealed record TokenResponse(
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("refresh_token")] string RefreshToken);

/// <summary>OAuth2 error of the token endpoint (reference §5.1), not the API's <c>{"code","message"}</c>.</summary>
internal sealed record OAuthErrorResponse(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string ErrorDescription);
