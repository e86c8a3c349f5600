using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using MeetingBot.TrueConfSimulator.Http;
using MeetingBot.TrueConfSimulator.Models;
using MeetingBot.TrueConfSimulator.Requests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.TrueConfSimulator.Endpoints;

/// <summary><c>POST /oauth2/v1/token</c> with the RFC 6749 errors of the bshaffer library (reference §3).</summary>
internal static class TokenEndpoints
{
    public const string Path = "/oauth2/v1/token";

    /// <summary>API v4's own token endpoint (JSON; the code is named <c>auth_code</c>).</summary>
    public const string V4Path = "/api/v4/oauth2/token";

    private static readonly string[] KnownGrantTypes =
        ["client_credentials", "password", "refresh_token", "authorization_code"];

    private static readonly string[] OtherMethods = ["GET", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapTokenEndpoints(this IEndpointRouteBuilder group)
    {
        var operation = new SimulatorOperation(SimulatorOperations.Token);
        group.MapMethods(Path, ["POST"], IssueAsync).WithMetadata(operation);
        group.MapMethods(Path, OtherMethods, RejectMethod).WithMetadata(operation);
        group.MapMethods(V4Path, ["POST"], IssueAsync).WithMetadata(operation);
    }

    private static async Task<IResult> IssueAsync(HttpContext context, TrueConfSimulatorState state)
    {
        var request = await TokenRequest.ReadAsync(context.Request);
        if (request.GrantType is not { } grantType)
        {
            return Error("invalid_request", "The grant type was not specified in the request");
        }

        if (!KnownGrantTypes.Contains(grantType))
        {
            return Error("unsupported_grant_type", $"Grant type \"{grantType}\" not supported");
        }

        if (request.ClientId is null && request.ClientSecret is null)
        {
            return Error("invalid_client", "Client credentials were not found in the headers or body");
        }

        if (!SameText(request.ClientId, state.Options.ClientId) ||
            !SameText(request.ClientSecret, state.Options.ClientSecret))
        {
            return Error("invalid_client", "The client credentials are invalid");
        }

        if (grantType == "authorization_code")
        {
            return ExchangeCode(context, state, request);
        }

        if (grantType != "client_credentials")
        {
            return Error("unauthorized_client", "The grant type is unauthorized for this client_id");
        }

        return Issued(context, state, state.IssueToken());
    }

    /// <summary>RFC 6749 §4.1.3 with RFC 7636: the code once, for its client and redirect address, with the right verifier.</summary>
    private static IResult ExchangeCode(HttpContext context, TrueConfSimulatorState state, TokenRequest request)
    {
        if (request.Code is null)
        {
            return Error("invalid_request", "Missing parameter: \"code\" is required");
        }

        var code = state.AuthorizationCodes.Take(request.Code, state.Now);
        if (code is null || code.ClientId != request.ClientId)
        {
            return Error("invalid_grant", "Authorization code doesn't exist or is invalid for the client");
        }

        if (request.RedirectUri != code.RedirectUri)
        {
            return Error("redirect_uri_mismatch", "The redirect URI is missing or do not match");
        }

        if (code.CodeChallenge is not null)
        {
            if (request.CodeVerifier is null)
            {
                return Error("invalid_request", "The PKCE code verifier parameter is required.");
            }

            var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(request.CodeVerifier)));
            if (!SameText(challenge, code.CodeChallenge))
            {
                return Error("invalid_grant", "The PKCE code verifier parameter is invalid.");
            }
        }

        return Issued(context, state, state.IssueUserToken(code.UserId));
    }

    private static IResult Issued(HttpContext context, TrueConfSimulatorState state, IssuedToken token)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        return Results.Json(
            new TokenResponse(token.AccessToken, (int)state.Options.TokenLifetime.TotalSeconds, "Bearer", token.Scope),
            SimulatorJsonContext.Default.TokenResponse);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static IResult RejectMethod(HttpContext context)
    {
        context.Response.Headers.Allow = "POST";
        return Error(
            "invalid_request",
            "The request method must be POST when requesting an access token",
            StatusCodes.Status405MethodNotAllowed,
            "http://tools.ietf.org/html/rfc6749#section-3.2");
    }

    private static IResult Error(
        string error, string description, int status = StatusCodes.Status400BadRequest, string? errorUri = null) =>
        Results.Json(
            new OAuthErrorResponse(error, description, errorUri),
            SimulatorJsonContext.Default.OAuthErrorResponse,
            statusCode: status);

    // Constant-time, so the simulator does not model a timing leak the real server should not have either.
    private static bool SameText(string? given, string expected) =>
        given is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
