using MeetingBot.TrueConfSimulator.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace MeetingBot.TrueConfSimulator.Http;

/// <summary>
/// Guards <c>/api/{version}</c>: a known version, a method that exists in that version, then a valid token
/// with the permission the operation needs (reference §3.3–3.5, §11.2–3).
/// </summary>
internal sealed class ApiGateFilter : IEndpointFilter
{
    private const string AccessTokenParameter = "access_token";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (!ApiVersion.TryParse(context.GetRouteValue("version") as string, out var version))
        {
            return HttpResults.NotFound(context);
        }

        version.Store(context);
        var metadata = context.GetEndpoint()!.Metadata;
        if (metadata.GetMetadata<MethodBinding>() is { } binding && !binding.Versions.HasFlag(version.Flag))
        {
            var allowed = metadata.GetRequiredMetadata<ResourceMethods>().AllowedIn(version);
            return allowed.Count == 0 ? HttpResults.NotFound(context) : HttpResults.MethodNotAllowed(context, allowed);
        }

        if (metadata.GetMetadata<SimulatorOperation>()?.RequiredScope is not { } scope)
        {
            return await next(invocation);
        }

        var state = context.RequestServices.GetRequiredService<TrueConfSimulatorState>();
        var failure = Authorize(context, state, version, scope);
        return failure is null ? await next(invocation) : failure.ToResult();
    }

    private static ApiFailure? Authorize(
        HttpContext context, TrueConfSimulatorState state, ApiVersion version, string scope)
    {
        var fromQuery = context.Request.Query[AccessTokenParameter].ToString();
        var fromHeader = BearerToken(context.Request);
        if (fromQuery.Length > 0 && fromHeader is not null)
        {
            return ApiErrors.TokenSentTwice();
        }

        var accessToken = fromQuery.Length > 0 ? fromQuery : fromHeader;
        var check = string.IsNullOrEmpty(accessToken)
            ? new TokenCheck(TokenStatus.Unknown, null)
            : state.TokenStore.Check(accessToken);
        if (check is { Status: TokenStatus.Valid, Token: { } token })
        {
            context.Items[typeof(IssuedToken)] = token;
            return scope.Length == 0 ? null : state.CheckPermission(token, scope);
        }

        var message = check.Status == TokenStatus.Expired
            ? "The access token provided has expired"
            : string.IsNullOrEmpty(accessToken) ? "No access token was provided" : "The access token provided is invalid";
        if (!version.IsV4)
        {
            return ApiErrors.AccessTokenInvalid(StatusCodes.Status403Forbidden, message);
        }

        context.Response.Headers.WWWAuthenticate =
            $"Bearer realm=\"TrueConf Server\", error=\"invalid_token\", error_description=\"{message}\"";
        return ApiErrors.AccessTokenInvalid(StatusCodes.Status401Unauthorized, message);
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }
}
