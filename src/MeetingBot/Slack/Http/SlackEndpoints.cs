using System.Text;
using System.Text.Json;
using MeetingBot.Hosting;
using MeetingBot.Slack.Auth;
using MeetingBot.Slack.Inbound;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace MeetingBot.Slack.Http;

/// <summary>
/// Slack's three request URLs. Each request's signature is checked over the raw body before anything else is read
/// (401 otherwise); the verified request goes to <see cref="ISlackRequestHandler"/>, which answers at once.
/// </summary>
public static partial class SlackEndpoints
{
    /// <summary>Slack's requests are a few kilobytes; a message's blocks in an interaction payload stay far below this.</summary>
    public const int MaxBodyBytes = 128 * 1024;

    /// <summary>Maps the endpoints when Slack sends over HTTP (a signing secret is set); otherwise they do not exist (404).</summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder app)
    {
        if (string.IsNullOrWhiteSpace(app.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value.SigningSecret))
        {
            return app;
        }

        app.MapPost("/slack/commands", CommandAsync).DisableAntiforgery();
        app.MapPost("/slack/events", EventAsync).DisableAntiforgery();
        app.MapPost("/slack/interactivity", InteractionAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> CommandAsync(HttpContext http, SlackRequestVerifier verifier, ISlackRequestHandler handler, ILoggerFactory loggers)
    {
        var (body, failure) = await ReadVerifiedAsync(http, verifier, loggers);
        if (body is null)
        {
            return failure!;
        }

        var form = ReadForm(body);
        if (form is null)
        {
            return Results.BadRequest();
        }

        if (Field(form, "ssl_check") == "1")
        {
            return Results.Ok();
        }

        if (Field(form, "team_id") is not { } team || Field(form, "channel_id") is not { } channel || Field(form, "user_id") is not { } user
            || Field(form, "command") is not { } command || Field(form, "response_url") is not { } responseUrl || Field(form, "trigger_id") is not { } trigger)
        {
            return Results.BadRequest();
        }

        var slashCommand = new SlackSlashCommand(
            team, channel, user, command, Field(form, "text") ?? string.Empty, responseUrl, trigger,
            EnterpriseId: Field(form, "enterprise_id"), ChannelName: Field(form, "channel_name"), UserName: Field(form, "user_name"),
            ApiAppId: Field(form, "api_app_id"));
        return Answer(http, await handler.HandleCommandAsync(slashCommand, RetryNumber(http), http.RequestAborted));
    }

    private static async Task<IResult> EventAsync(HttpContext http, SlackRequestVerifier verifier, ISlackRequestHandler handler, ILoggerFactory loggers)
    {
        var (body, failure) = await ReadVerifiedAsync(http, verifier, loggers);
        if (body is null)
        {
            return failure!;
        }

        SlackEventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(body, SlackInboundJsonContext.Default.SlackEventEnvelope);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (envelope is null || string.IsNullOrEmpty(envelope.Type))
        {
            return Results.BadRequest();
        }

        if (envelope.Type == "url_verification")
        {
            return envelope.Challenge is { } challenge
                ? Results.Bytes(SlackChallengeAnswer.For(challenge), "application/json")
                : Results.BadRequest();
        }

        return Answer(http, await handler.HandleEventAsync(envelope, RetryNumber(http), http.RequestAborted));
    }

    private static async Task<IResult> InteractionAsync(HttpContext http, SlackRequestVerifier verifier, ISlackRequestHandler handler, ILoggerFactory loggers)
    {
        var (body, failure) = await ReadVerifiedAsync(http, verifier, loggers);
        if (body is null)
        {
            return failure!;
        }

        SlackInteraction? interaction;
        try
        {
            interaction = ReadForm(body) is { } form && Field(form, "payload") is { } payload
                ? JsonSerializer.Deserialize(payload, SlackInboundJsonContext.Default.SlackInteraction)
                : null;
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (interaction is null || string.IsNullOrEmpty(interaction.Type) || interaction.User is null)
        {
            return Results.BadRequest();
        }

        return Answer(http, await handler.HandleInteractionAsync(interaction, http.RequestAborted));
    }

    /// <summary>The body when its signature is Slack's; else the answer: 413, 400 or 401 (nothing else is read).</summary>
    private static async Task<(byte[]? Body, IResult? Failure)> ReadVerifiedAsync(HttpContext http, SlackRequestVerifier verifier, ILoggerFactory loggers)
    {
        var (body, failure) = await RequestBody.ReadAsync(http, MaxBodyBytes);
        if (body is null)
        {
            return (null, failure);
        }

        var check = verifier.Verify(
            http.Request.Headers["X-Slack-Request-Timestamp"].ToString(), http.Request.Headers["X-Slack-Signature"].ToString(), body);
        if (check != SlackSignatureCheck.Valid)
        {
            LogRejected(loggers.CreateLogger(typeof(SlackEndpoints)), http.Request.Path, check);
            return (null, Results.Unauthorized());
        }

        return (body, null);
    }

    private static IResult Answer(HttpContext http, SlackAck ack)
    {
        if (ack.IsRefused)
        {
            // Slack delivers an unacknowledged event again; until then it is not lost.
            http.Response.Headers.RetryAfter = "2";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return ack.JsonBody is { } json ? Results.Bytes(json, "application/json") : Results.Ok();
    }

    private static int RetryNumber(HttpContext http) =>
        int.TryParse(http.Request.Headers["X-Slack-Retry-Num"].ToString(), out var retry) && retry > 0 ? retry : 0;

    private static Dictionary<string, StringValues>? ReadForm(byte[] body)
    {
        try
        {
            // Disposed: the reader rents a 16 KB buffer, and one not given back is garbage on every request.
            using var reader = new FormReader(Encoding.UTF8.GetString(body));
            return reader.ReadForm();
        }
        catch (Exception error) when (error is InvalidDataException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static string? Field(Dictionary<string, StringValues> form, string name) =>
        form.TryGetValue(name, out var value) && !StringValues.IsNullOrEmpty(value) ? value.ToString() : null;

    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Rejected a request to {Path}: signature {Check}")]
    private static partial void LogRejected(ILogger logger, PathString path, SlackSignatureCheck check);
}
