using System.Text.Json.Serialization;

namespace MeetingBot.TrueConfSimulator.Models;

/// <summary>Token answer (reference §3.1).</summary>
internal sealed record TokenResponse(string AccessToken, int ExpiresIn, string TokenType, string Scope);

/// <summary>RFC 6749 error of the token endpoint (reference §3.2) — not the API error shape.</summary>
internal sealed record OAuthErrorResponse(
    string Error,
    string ErrorDescription,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ErrorUri = null);
