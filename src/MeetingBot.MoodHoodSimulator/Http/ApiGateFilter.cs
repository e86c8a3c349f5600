using MeetingBot.MoodHoodSimulator.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace MeetingBot.MoodHoodSimulator.Http;

/// <summary>
/// Guards <c>/v1</c>: a valid Bearer access token of the kind the operation needs (reference §4, §8). Refresh
/// tokens and the <c>accessToken</c> of a personal link are no API credentials: they answer 401 like unknown ones.
/// </summary>
internal sealed class ApiGateFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var access = context.GetEndpoint()?.Metadata.GetMetadata<SimulatorOperation>()?.Access ?? TokenAccess.None;
        if (access == TokenAccess.None)
        {
            return await next(invocation);
        }

        var state = context.RequestServices.GetRequiredService<MoodHoodSimulatorState>();
        var failure = Authorize(context, state, access);
        return failure is null ? await next(invocation) : failure.ToResult();
    }

    /// <summary>The token the gate accepted for this request.</summary>
    public static IssuedToken Caller(HttpContext context) =>
        context.Items[typeof(IssuedToken)] as IssuedToken
        ?? throw new InvalidOperationException("The API gate did not run for this endpoint.");

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }

    private static ApiFailure? Authorize(HttpContext context, MoodHoodSimulatorState state, TokenAccess access)
    {
        var value = BearerToken(context.Request);
        var check = string.IsNullOrEmpty(value) ? new TokenCheck(TokenStatus.Unknown, null) : state.TokenStore.Check(value);
        if (check is { Status: TokenStatus.Valid, Token: { } token })
        {
            context.Items[typeof(IssuedToken)] = token;
            return access == TokenAccess.User && token.Kind != TokenKind.User ? ApiErrors.ClientTokenForbidden() : null;
        }

        if (check.Status == TokenStatus.Expired)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The access token has expired\"";
            return ApiErrors.TokenExpired();
        }

        var message = string.IsNullOrEmpty(value) ? "No access token was provided" : "The access token is invalid";
        context.Response.Headers.WWWAuthenticate = string.IsNullOrEmpty(value)
            ? "Bearer"
            : $"Bearer error=\"invalid_token\", error_description=\"{message}\"";
        return ApiErrors.Unauthorized(message);
    }
}
