using System.Diagnostics.CodeAnalysis;
using MeetingBot.MoodHoodSimulator.Errors;
using MeetingBot.MoodHoodSimulator.Http;
using MeetingBot.MoodHoodSimulator.Models;
using MeetingBot.MoodHoodSimulator.Requests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MeetingBot.MoodHoodSimulator.Endpoints;

/// <summary>A space's webhook: create, update, read, delete and a new secret (reference §5.11).</summary>
internal static class WebhookEndpoints
{
    [RequiresUnreferencedCode(DelegateEndpoints.Reason)]
    [RequiresDynamicCode(DelegateEndpoints.Reason)]
    public static void MapWebhookEndpoints(this IEndpointRouteBuilder api)
    {
        new ResourceRoutes(api, "/spaces/{spaceId}/webhook")
            .Post(new SimulatorOperation(MoodHoodOperations.WebhookCreate, TokenAccess.User), CreateAsync)
            .Put(new SimulatorOperation(MoodHoodOperations.WebhookUpdate, TokenAccess.User), UpdateAsync)
            .Get(new SimulatorOperation(MoodHoodOperations.WebhookGet, TokenAccess.User), Get)
            .Delete(new SimulatorOperation(MoodHoodOperations.WebhookDelete, TokenAccess.User), Delete)
            .Map();
        new ResourceRoutes(api, "/spaces/{spaceId}/webhook/refresh-secret")
            .Put(new SimulatorOperation(MoodHoodOperations.WebhookRefreshSecret, TokenAccess.User), RefreshSecret)
            .Map();
    }

    private static async Task<IResult> CreateAsync(string spaceId, HttpContext context, MoodHoodSimulatorState state)
    {
        var space = SpaceAccess.Owned(state, spaceId, ApiGateFilter.Caller(context));
        if (!space.Succeeded)
        {
            return space.Failure.ToResult();
        }

        var input = await ReadAsync(context, urlRequired: true);
        if (!input.Succeeded)
        {
            return input.Failure.ToResult();
        }

        var registration = new WebhookRegistration(spaceId, input.Value.Url!, WebhookDispatcher.NewSecret(), IsActive: true);
        return state.Webhooks.TryAdd(registration)
            ? Results.Json(
                new WebhookWire(registration.Url, registration.Secret, registration.IsActive),
                MoodHoodJsonContext.Default.WebhookWire,
                statusCode: StatusCodes.Status201Created)
            : ApiErrors.Conflict("The space has a webhook already").ToResult();
    }

    private static async Task<IResult> UpdateAsync(string spaceId, HttpContext context, MoodHoodSimulatorState state)
    {
        var space = SpaceAccess.Owned(state, spaceId, ApiGateFilter.Caller(context));
        if (!space.Succeeded)
        {
            return space.Failure.ToResult();
        }

        var input = await ReadAsync(context, urlRequired: false);
        if (!input.Succeeded)
        {
            return input.Failure.ToResult();
        }

        var updated = state.Webhooks.Update(spaceId, current => current with
        {
            Url = input.Value.Url ?? current.Url,
            IsActive = input.Value.IsActive ?? current.IsActive,
        });
        return updated is null
            ? WebhookNotFound(spaceId).ToResult()
            : Results.Json(new WebhookWire(updated.Url, null, updated.IsActive), MoodHoodJsonContext.Default.WebhookWire);
    }

    private static IResult Get(string spaceId, HttpContext context, MoodHoodSimulatorState state)
    {
        var space = SpaceAccess.Owned(state, spaceId, ApiGateFilter.Caller(context));
        if (!space.Succeeded)
        {
            return space.Failure.ToResult();
        }

        return state.Webhooks.Find(spaceId) is { } registration
            ? Results.Json(new WebhookWire(registration.Url, null, registration.IsActive), MoodHoodJsonContext.Default.WebhookWire)
            : WebhookNotFound(spaceId).ToResult();
    }

    private static IResult Delete(string spaceId, HttpContext context, MoodHoodSimulatorState state)
    {
        var space = SpaceAccess.Owned(state, spaceId, ApiGateFilter.Caller(context));
        if (!space.Succeeded)
        {
            return space.Failure.ToResult();
        }

        return state.Webhooks.Remove(spaceId) ? Results.NoContent() : WebhookNotFound(spaceId).ToResult();
    }

    private static IResult RefreshSecret(string spaceId, HttpContext context, MoodHoodSimulatorState state)
    {
        var space = SpaceAccess.Owned(state, spaceId, ApiGateFilter.Caller(context));
        if (!space.Succeeded)
        {
            return space.Failure.ToResult();
        }

        var updated = state.Webhooks.Update(spaceId, current => current with { Secret = WebhookDispatcher.NewSecret() });
        return updated is null
            ? WebhookNotFound(spaceId).ToResult()
            : Results.Json(new WebhookSecretWire(updated.Secret), MoodHoodJsonContext.Default.WebhookSecretWire);
    }

    private static async Task<Outcome<WebhookInput>> ReadAsync(HttpContext context, bool urlRequired)
    {
        var body = await JsonBody.ReadObjectAsync(context.Request);
        if (!body.Succeeded)
        {
            return body.Failure;
        }

        using var document = body.Value;
        var fields = new FieldReader(document.RootElement);
        var url = fields.Text("url", urlRequired);
        if (url is not null &&
            (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)))
        {
            fields.Problem("'url' must be an absolute http(s) URL.");
        }

        var isActive = fields.Bool("isActive");
        return fields.Problems.Count > 0 ? ApiErrors.Validation(fields.Problems) : new WebhookInput(url, isActive);
    }

    private static ApiFailure WebhookNotFound(string spaceId) => ApiErrors.NotFound($"Space '{spaceId}' has no webhook");

    private sealed record WebhookInput(string? Url, bool? IsActive);
}
