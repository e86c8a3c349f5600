using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MeetingBot.Slack.Inbound;

namespace MeetingBot.Slack.SocketMode;

/// <summary>
/// Turns a request envelope into its acknowledgement: reads the payload, hands it to the
/// <see cref="ISlackRequestHandler"/> the HTTP endpoints use (in a scope of its own, as an HTTP request has), and
/// waits for its answer at most <see cref="AckBudget"/>. A handler still busy then is left to finish in the
/// background and the envelope is acknowledged without a payload, so Slack always hears back within its 3 s.
/// </summary>
internal sealed partial class SocketModeRequests(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SocketModeRequests> logger)
{
    /// <summary>Slack's 3 s, less room for the ack's trip to Slack and for a busy machine.</summary>
    internal static readonly TimeSpan AckBudget = TimeSpan.FromSeconds(2);

    // Strict where the records promise non-null members: a payload missing one is unreadable here, not a record
    // full of nulls for the handler to trip over.
    private static readonly SlackInboundJsonContext Payloads = new(new JsonSerializerOptions(SlackInboundJsonContext.Default.Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    });

    /// <summary>
    /// The acknowledgement to send for <paramref name="envelope"/>, which has an envelope id; null when the bot
    /// could not take the request (too busy to write it down): unacknowledged, Slack delivers it again.
    /// </summary>
    /// <param name="stoppingToken">Cancelled when the app stops; the handler's work may outlive the connection.</param>
    public async Task<byte[]?> AcknowledgeAsync(SocketModeEnvelope envelope, string envelopeId, CancellationToken stoppingToken)
    {
        Func<ISlackRequestHandler, CancellationToken, Task<SlackAck>>? request;
        try
        {
            request = Read(envelope);
        }
        catch (JsonException error)
        {
            // Acknowledged all the same: Slack would only deliver the same unreadable payload again.
            LogUnreadablePayload(envelope.Type, envelopeId, error.Message);
            return SocketModeAcks.Write(envelopeId, null);
        }

        if (request is null)
        {
            LogUnknownType(envelope.Type, envelopeId);
            return SocketModeAcks.Write(envelopeId, null);
        }

        var work = RunAsync(request, stoppingToken);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await Task.WhenAny(work, Task.Delay(AckBudget, clock, budget.Token)).ConfigureAwait(false);
        await budget.CancelAsync().ConfigureAwait(false);
        if (!work.IsCompleted)
        {
            LogAckedBeforeAnswer(envelope.Type, envelopeId, AckBudget.TotalSeconds);
            _ = ObserveAsync(work, envelope.Type, envelopeId);
            return SocketModeAcks.Write(envelopeId, null);
        }

        if (!work.IsCompletedSuccessfully)
        {
            LogHandlerFailed(work.Exception?.GetBaseException(), envelope.Type, envelopeId);
            return SocketModeAcks.Write(envelopeId, null);
        }

        if (work.Result.IsRefused)
        {
            LogRefused(envelope.Type, envelopeId);
            return null;
        }

        var body = envelope.AcceptsResponsePayload ? work.Result.JsonBody : null;
        try
        {
            return SocketModeAcks.Write(envelopeId, body);
        }
        catch (JsonException)
        {
            LogAnswerNotJson(envelope.Type, envelopeId);
            return SocketModeAcks.Write(envelopeId, null);
        }
    }

    private static Func<ISlackRequestHandler, CancellationToken, Task<SlackAck>>? Read(SocketModeEnvelope envelope)
    {
        var retryAttempt = envelope.RetryAttempt ?? 0;
        switch (envelope.Type)
        {
            case "slash_commands":
                var command = Deserialize(envelope.Payload, Payloads.SlackSlashCommand);
                return (handler, token) => handler.HandleCommandAsync(command, retryAttempt, token);
            case "events_api":
                var delivery = Deserialize(envelope.Payload, Payloads.SlackEventEnvelope);
                return (handler, token) => handler.HandleEventAsync(delivery, retryAttempt, token);
            case "interactive":
                var interaction = Deserialize(envelope.Payload, Payloads.SlackInteraction);
                return (handler, token) => handler.HandleInteractionAsync(interaction, token);
            default:
                return null;
        }
    }

    private static T Deserialize<T>(JsonElement? payload, JsonTypeInfo<T> type) where T : class =>
        payload is { ValueKind: JsonValueKind.Object } json
            ? json.Deserialize(type) ?? throw new JsonException("The payload is null.")
            : throw new JsonException($"The payload is {payload?.ValueKind.ToString() ?? "missing"}, not an object.");

    private async Task<SlackAck> RunAsync(Func<ISlackRequestHandler, CancellationToken, Task<SlackAck>> request, CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await request(scope.ServiceProvider.GetRequiredService<ISlackRequestHandler>(), stoppingToken).ConfigureAwait(false);
    }

    private async Task ObserveAsync(Task<SlackAck> work, string type, string envelopeId)
    {
        try
        {
            await work.ConfigureAwait(false);
        }
        catch (Exception error)
        {
            LogHandlerFailed(error, type, envelopeId);
        }
    }

    [LoggerMessage(EventId = 2710, Level = LogLevel.Warning, Message = "Slack Socket Mode {Type} envelope {EnvelopeId} has a payload that cannot be read ({Reason}); acknowledged and dropped")]
    private partial void LogUnreadablePayload(string type, string envelopeId, string reason);

    [LoggerMessage(EventId = 2711, Level = LogLevel.Information, Message = "Slack Socket Mode envelope {EnvelopeId} of unknown type {Type} acknowledged and ignored")]
    private partial void LogUnknownType(string type, string envelopeId);

    [LoggerMessage(EventId = 2712, Level = LogLevel.Information, Message = "Slack Socket Mode {Type} envelope {EnvelopeId} acknowledged after {Seconds} s without an answer; its handler goes on in the background")]
    private partial void LogAckedBeforeAnswer(string type, string envelopeId, double seconds);

    [LoggerMessage(EventId = 2713, Level = LogLevel.Error, Message = "Handling Slack Socket Mode {Type} envelope {EnvelopeId} failed")]
    private partial void LogHandlerFailed(Exception? error, string type, string envelopeId);

    [LoggerMessage(EventId = 2714, Level = LogLevel.Error, Message = "The answer to Slack Socket Mode {Type} envelope {EnvelopeId} is not JSON; acknowledged without it")]
    private partial void LogAnswerNotJson(string type, string envelopeId);

    [LoggerMessage(EventId = 2729, Level = LogLevel.Warning, Message = "Slack {Type} envelope {EnvelopeId} not acknowledged: the bot is too busy to take it, Slack will deliver it again")]
    private partial void LogRefused(string type, string envelopeId);
}
