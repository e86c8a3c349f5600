using System.Text.Json;
using MeetingBot.BotFramework.Auth;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Hosting;
using MeetingBot.Meetings;
using MeetingBot.Storage;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the thin edge. It checks size, JSON and the caller's token, drops redeliveries,
/// queues the work and answers at once; the reply goes out later through the Connector.
/// </summary>
public static partial class MessagesEndpoint
{
    public const string Route = "/api/messages";

    /// <summary>Teams activities are a few KB; a 40 KB message limit applies to what bots send.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotFrameworkMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, HandleAsync).WithName("BotFrameworkMessages");
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IChannelRequestAuthenticator authenticator,
        IOptions<BotFrameworkOptions> botOptions,
        IOptionsMonitor<MeetingBotOptions> coreOptions,
        IActivityHandler handler,
        IIdempotencyStore claims,
        BackgroundWorkQueue queue,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        var authorization = http.Request.Headers.Authorization.ToString();
        if (!botOptions.Value.IsAnonymous && string.IsNullOrEmpty(authorization))
        {
            LogRejected(logger, "no Authorization header");
            return Results.Unauthorized();
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = MaxBodyBytes;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync(http.Request.Body, BotFrameworkJsonContext.Default.Activity, http.RequestAborted);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        catch (BadHttpRequestException)
        {
            // The client sent less than it announced or went away mid-body: nothing to act on, nothing to log.
            return Results.BadRequest();
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return Results.Empty;
        }

        if (string.IsNullOrWhiteSpace(activity?.Type))
        {
            return Results.BadRequest();
        }

        var auth = await authenticator.AuthenticateAsync(authorization, activity.ChannelId, activity.ServiceUrl, http.RequestAborted);
        if (!auth.Succeeded)
        {
            LogRejected(logger, auth.FailureReason ?? "invalid token");
            return Results.Unauthorized();
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            // No card in this version sends invokes; unknown invoke names answer 501 (reference §1.1).
            return Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        if (!handler.WantsWork(activity) || string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return Results.Ok();
        }

        if (!string.IsNullOrEmpty(activity.Id)
            && !await claims.TryClaimAsync("activity:" + Teams.TeamsRequestKey.For(activity), coreOptions.CurrentValue.DuplicateWindow, CancellationToken.None))
        {
            LogDuplicate(logger, activity.Id);
            return Results.Ok();
        }

        // Once claimed, the activity is handled even if the caller hangs up: a redelivery would be ignored as a duplicate.
        var accepted = activity;
        if (!await queue.TryEnqueueAsync(cancellationToken => handler.HandleAsync(accepted, cancellationToken), coreOptions.CurrentValue.EnqueuePatience, CancellationToken.None))
        {
            LogQueueFull(logger);
            http.Response.Headers.RetryAfter = "2";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Rejected a request to /api/messages: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Ignored redelivered activity {ActivityId}")]
    private static partial void LogDuplicate(ILogger logger, string activityId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Work queue stayed full: answered 503 so the channel retries later")]
    private static partial void LogQueueFull(ILogger logger);
}
