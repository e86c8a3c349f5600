using MeetingBot.Conferencing;
using MeetingBot.Hosting;
using MeetingBot.Meetings;
using Microsoft.Extensions.Options;

namespace MeetingBot.MoodHood.Webhooks;

/// <summary>
/// <c>POST /moodhood/webhook</c>: verifies a delivery's signature over the exact bytes of its body and, for a call
/// starting or finishing in a room the bot made, brings the meeting's card up to date at once. Deliveries may repeat
/// and are not guaranteed (reference §5.11): the watcher stays the source of truth, and a repeat changes nothing.
/// </summary>
internal sealed partial class MoodHoodWebhookReceiver(IOptions<MoodHoodOptions> options, MeetingHeadcount presence, ILogger<MoodHoodWebhookReceiver> logger)
{
    /// <summary>A delivery is a few short ids; anything much larger is not MoodHood's.</summary>
    internal const long MaxBodyBytes = 16 * 1024;

    private readonly MoodHoodWebhookSignature _signature = new(options.Value.WebhookSecret ?? string.Empty);

    public async Task<IResult> ReceiveAsync(HttpContext http)
    {
        var (delivery, failure) = await RequestBody.ReadAsync(http, MaxBodyBytes).ConfigureAwait(false);
        if (delivery is null)
        {
            return failure!;
        }

        if (MoodHoodWebhookEnvelope.Read(delivery) is not { } envelope)
        {
            return Results.BadRequest();
        }

        if (!_signature.IsValid(envelope))
        {
            LogRejected();
            return Results.Unauthorized();
        }

        if (MoodHoodWebhookEvent.Read(envelope.Body) is not { } received)
        {
            return Results.BadRequest();
        }

        if (received.EventName is MoodHoodWebhookEvent.CallStarted or MoodHoodWebhookEvent.CallFinished &&
            received.RoomId is { Length: > 0 } roomId && received.SpaceId == options.Value.SpaceId)
        {
            try
            {
                var finished = received.EventName == MoodHoodWebhookEvent.CallFinished;
                if (!await presence.CallChangedAsync(roomId, finished, http.RequestAborted).ConfigureAwait(false))
                {
                    LogNothingToDo(received.EventName, roomId);
                }
            }
            catch (ConferencingException error)
            {
                // The sender would only deliver the same event again; the watcher's next look reads the call anyway.
                LogFailed(error, received.EventName, roomId);
            }
        }

        return Results.Ok();
    }

    [LoggerMessage(EventId = 6011, Level = LogLevel.Warning, Message = "MoodHood webhook refused: its signature does not match MoodHood:WebhookSecret")]
    private partial void LogRejected();

    [LoggerMessage(EventId = 6012, Level = LogLevel.Debug, Message = "MoodHood webhook {EventName} for room {RoomId} changed nothing (not a running meeting of the bot's, or already known)")]
    private partial void LogNothingToDo(string eventName, string roomId);

    [LoggerMessage(EventId = 6013, Level = LogLevel.Warning, Message = "MoodHood webhook {EventName} for room {RoomId}: reading the call failed; the watcher catches up")]
    private partial void LogFailed(Exception error, string eventName, string roomId);
}
