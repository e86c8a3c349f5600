using System.Text.Json;
using MeetingBot.BotFramework.Auth;
using MeetingBot.Hosting;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.Options;

namespace MeetingBot.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>: the thin edge. It checks size, JSON and the caller's token, hands the activity to
/// <see cref="AcceptedActivities"/> (which drops redeliveries and queues the work) and answers at once; the reply goes out later through the Connector.
/// An <c>invoke</c> (a card button) is answered inline with the handler's invoke response instead: outer 200 for
/// every body the bot builds, error bodies included (reference §6.4), 501 when nobody handles its name.
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
        IActivityHandler handler,
        AcceptedActivities accepted,
        InvokeAnswers invokes,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(MessagesEndpoint));
        var authorization = http.Request.Headers.Authorization.ToString();
        if (!botOptions.Value.IsAnonymous && string.IsNullOrEmpty(authorization))
        {
            LogRejected(logger, "no Authorization header");
            return Results.Unauthorized();
        }

        // Read whole: the same UTF-8 bytes are parsed here and, once accepted, written down as they came.
        var (body, failure) = await RequestBody.ReadAsync(http, MaxBodyBytes);
        if (body is null)
        {
            return failure!;
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, BotFrameworkJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
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
            return await invokes.AnswerAsync(activity) is { } answer
                ? Results.Bytes(answer, "application/json; charset=utf-8")
                : Results.StatusCode(StatusCodes.Status501NotImplemented);
        }

        if (!handler.WantsWork(activity) || string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return Results.Ok();
        }

        // Written down with its claim before the 200: a crash after the answer does not lose it.
        var acceptance = await accepted.AcceptAsync(activity, body);
        if (acceptance is Acceptance.Busy or Acceptance.Unavailable)
        {
            if (acceptance == Acceptance.Busy)
            {
                LogQueueFull(logger);
            }

            http.Response.Headers.RetryAfter = "2";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok();
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Rejected a request to /api/messages: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Work queue stayed full: answered 503 so the channel retries later")]
    private static partial void LogQueueFull(ILogger logger);
}
