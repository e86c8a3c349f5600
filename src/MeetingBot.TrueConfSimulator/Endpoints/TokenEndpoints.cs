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

        if (grantType != "client_credentials")
        {
            return Error("unauthorized_client", "The grant type is unauthorized for this client_id");
        }

        var token = state.IssueToken();
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        return Results.Json(
            new TokenResponse(token.AccessToken, (int)state.Options.TokenLifetime.TotalSeconds, "Bearer", token.Scope),
            SimulatorJsonContext.Default.TokenResponse);
    }

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
