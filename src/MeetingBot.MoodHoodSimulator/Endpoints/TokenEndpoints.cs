using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MeetingBot.MoodHoodSimulator.Http;
using MeetingBot.MoodHoodSimulator.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.MoodHoodSimulator.Endpoints;

/// <summary>
/// <c>POST /v1/auth/token</c> (reference §5.1): <c>client_credentials</c> → client token; <c>password</c>, authorized
/// by a client token → user token; <c>refresh_token</c> → a new pair, the old refresh token void. Errors in the
/// OAuth2 shape: 401 <c>invalid_client</c>, 400 <c>invalid_grant</c> / <c>unsupported_grant_type</c> / <c>invalid_request</c>.
/// </summary>
internal static class TokenEndpoints
{
    public const string Path = "/auth/token";

    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapTokenEndpoints(this IEndpointRouteBuilder api) =>
        new ResourceRoutes(api, Path).Post(new SimulatorOperation(MoodHoodOperations.Token), IssueAsync).Map();

    private static async Task<IResult> IssueAsync(HttpContext context, MoodHoodSimulatorState state)
    {
        if (await ReadFieldsAsync(context.Request) is not { } fields)
        {
            return Error(400, "invalid_request", "The request body must be a JSON object");
        }

        switch (Field(fields, "grant_type"))
        {
            case null:
                return Error(400, "invalid_request", "The grant type was not specified in the request");
            case "client_credentials":
                return ClientCredentials(state, fields) ?? Issued(state, TokenKind.Client, null);
            case "password":
                return ClientCredentials(state, fields) ?? Password(context, state, fields);
            case "refresh_token":
                return Refresh(state, fields);
            case var other:
                return Error(400, "unsupported_grant_type", $"Grant type \"{other}\" is not supported");
        }
    }

    /// <summary>Null when the body carries this simulator's client id and secret.</summary>
    private static IResult? ClientCredentials(MoodHoodSimulatorState state, IReadOnlyDictionary<string, string> fields)
    {
        var clientId = Field(fields, "client_id");
        var secret = Field(fields, "client_secret");
        if (clientId is null || secret is null)
        {
            return Error(401, "invalid_client", "Client credentials were not found in the request");
        }

        return SameText(clientId, state.Options.ClientId) && SameText(secret, state.Options.ClientSecret)
            ? null
            : Error(401, "invalid_client", "The client credentials are invalid");
    }

    private static IResult Password(HttpContext context, MoodHoodSimulatorState state, IReadOnlyDictionary<string, string> fields)
    {
        var clientToken = ApiGateFilter.BearerToken(context.Request);
        var check = clientToken is null ? default : state.TokenStore.Check(clientToken);
        if (check is not { Status: TokenStatus.Valid, Token.Kind: TokenKind.Client })
        {
            return Error(401, "invalid_client", "The password grant must be authorized with a valid client token");
        }

        var username = Field(fields, "username");
        var password = Field(fields, "password");
        if (username is null || password is null)
        {
            return Error(400, "invalid_request", "Missing parameters: \"username\" and \"password\" are required");
        }

        // The username is the account's e-mail (reference §4).
        return state.FindAccountByEmail(username) is { } account && SameText(password, account.Password)
            ? Issued(state, TokenKind.User, account.Id)
            : Error(400, "invalid_grant", "Invalid credentials");
    }

    private static IResult Refresh(MoodHoodSimulatorState state, IReadOnlyDictionary<string, string> fields)
    {
        if (Field(fields, "refresh_token") is not { } value)
        {
            return Error(400, "invalid_request", "Missing parameter: \"refresh_token\" is required");
        }

        if (Field(fields, "client_id") is not null && ClientCredentials(state, fields) is { } refusal)
        {
            return refusal;
        }

        return state.TokenStore.Redeem(value) is { } grant
            ? Issued(state, grant.Kind, grant.AccountId)
            : Error(400, "invalid_grant", "Invalid refresh token");
    }

    private static IResult Issued(MoodHoodSimulatorState state, TokenKind kind, string? accountId)
    {
        var (access, refresh) = state.TokenStore.IssuePair(
            kind, accountId, state.Options.AccessTokenLifetime, state.Options.RefreshTokenLifetime);
        return new NoStoreResult(Results.Json(
            new TokenResponse("Bearer", access.Value, refresh.Value), MoodHoodJsonContext.Default.TokenResponse));
    }

    private static async Task<IReadOnlyDictionary<string, string>?> ReadFieldsAsync(HttpRequest request)
    {
        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return null;
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            return document.RootElement.ValueKind != JsonValueKind.Object
                ? null
                : document.RootElement.EnumerateObject()
                    .Where(property => property.Value.ValueKind == JsonValueKind.String)
                    .ToDictionary(property => property.Name, property => property.Value.GetString()!);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Field(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    private static IResult Error(int status, string error, string description) =>
        Results.Json(
            new OAuthErrorResponse(error, description), MoodHoodJsonContext.Default.OAuthErrorResponse, statusCode: status);

    // Constant-time, so the simulator does not model a timing leak the real server should not have either.
    private static bool SameText(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    /// <summary>Tokens must not be cached by anything in between (RFC 6749 §5.1).</summary>
    private sealed class NoStoreResult(IResult inner) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.CacheControl = "no-store";
            httpContext.Response.Headers.Pragma = "no-cache";
            return inner.ExecuteAsync(httpContext);
        }
    }
}
