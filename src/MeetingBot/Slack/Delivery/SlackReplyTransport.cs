using System.Text.Json;
using System.Text.Json.Nodes;
using MeetingBot.Delivery;
using MeetingBot.Slack.Api;

namespace MeetingBot.Slack.Delivery;

/// <summary>Delivers the outbox's Slack messages through the Web API or a request's <c>response_url</c>.</summary>
internal sealed partial class SlackReplyTransport(SlackWebApiClient api, ILogger<SlackReplyTransport> logger) : IReplyTransport
{
    public const string SourceName = "slack";

    public string Source => SourceName;

    public static string SerializeTarget(SlackReplyTarget target) => JsonSerializer.Serialize(target, SlackDeliveryJsonContext.Default.SlackReplyTarget);

    public bool ReplacesInPlace(string target) => Read(target).Kind == SlackSendKind.Update;

    public async Task<string?> DeliverAsync(string target, byte[] body, CancellationToken cancellationToken)
    {
        var to = Read(target);
        try
        {
            return await SendAsync(to, body, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException error) when (to is { Kind: SlackSendKind.Post, FallbackResponseUrl: not null } && CanGoAnotherWay(error))
        {
            LogPostedThroughResponseUrl(error.Error);
            try
            {
                var response = new SlackReplyTarget(SlackSendKind.Response, to.Channel, ResponseUrl: to.FallbackResponseUrl);
                return await SendAsync(response, AsResponse(body), cancellationToken).ConfigureAwait(false);
            }
            catch (SlackApiException fallbackError)
            {
                throw Refused(fallbackError);
            }
        }
        catch (SlackApiException error) when (to is { Kind: SlackSendKind.Post, FallbackEphemeralChannel: not null, User: not null } && !error.IsTransient)
        {
            LogDirectMessageRefused(error.Error);
            try
            {
                var ephemeral = new SlackReplyTarget(SlackSendKind.Ephemeral, to.FallbackEphemeralChannel, User: to.User);
                return await SendAsync(ephemeral, AsEphemeral(body, to.FallbackEphemeralChannel, to.User), cancellationToken).ConfigureAwait(false);
            }
            catch (SlackApiException fallbackError)
            {
                throw Refused(fallbackError);
            }
        }
        catch (SlackApiException error)
        {
            throw Refused(error);
        }
    }

    /// <summary>A <c>chat.postMessage</c> body as a <c>chat.postEphemeral</c> body for <paramref name="user"/> in <paramref name="channel"/>.</summary>
    private static byte[] AsEphemeral(byte[] postBody, string channel, string user)
    {
        var message = JsonNode.Parse(postBody)!.AsObject();
        message["channel"] = channel;
        message["user"] = user;
        message.Remove("thread_ts");
        return JsonSerializer.SerializeToUtf8Bytes(message, SlackDeliveryJsonContext.Default.JsonObject);
    }

    /// <summary>
    /// The bot may not post in the channel (private, a DM it is not in), or the Web API is down while the request's
    /// response_url (another service) still takes messages. Not after a timeout or a throttle: the post may have been made.
    /// </summary>
    private static bool CanGoAnotherWay(SlackApiException error) =>
        error.Error is "not_in_channel" or "channel_not_found" or SlackErrorCodes.ConnectionFailed
        || (error.Error.StartsWith("http_5", StringComparison.Ordinal) && error.IsTransient);

    private static ReplyDeliveryException Refused(SlackApiException error) =>
        new($"Slack refused {error.Method}: {error.Error}", error.IsTransient, error.RetryAfter, error);

    private async Task<string?> SendAsync(SlackReplyTarget to, byte[] body, CancellationToken cancellationToken)
    {
        switch (to.Kind)
        {
            case SlackSendKind.Post:
                return (await api.CallAsync("chat.postMessage", body, cancellationToken).ConfigureAwait(false)).Ts;
            case SlackSendKind.Update:
                await api.CallAsync("chat.update", body, cancellationToken).ConfigureAwait(false);
                return to.Ts;
            case SlackSendKind.Ephemeral:
                await api.CallAsync("chat.postEphemeral", body, cancellationToken).ConfigureAwait(false);
                return null;
            default:
                await api.PostToResponseUrlAsync(to.ResponseUrl!, body, cancellationToken).ConfigureAwait(false);
                return null;
        }
    }

    /// <summary>A <c>chat.postMessage</c> body as a <c>response_url</c> post visible to the channel.</summary>
    private static byte[] AsResponse(byte[] postBody)
    {
        var message = JsonNode.Parse(postBody)!.AsObject();
        message.Remove("channel");
        message.Remove("thread_ts");
        message["response_type"] = "in_channel";
        message["replace_original"] = false;
        return JsonSerializer.SerializeToUtf8Bytes(message, SlackDeliveryJsonContext.Default.JsonObject);
    }

    private static SlackReplyTarget Read(string target) =>
        JsonSerializer.Deserialize(target, SlackDeliveryJsonContext.Default.SlackReplyTarget)
        ?? throw new ReplyDeliveryException("The outbox message has no Slack address", isTransient: false);

    [LoggerMessage(EventId = 3420, Level = LogLevel.Information,
        Message = "A direct message was refused ({SlackError}); it went as an ephemeral message in the conversation instead")]
    private partial void LogDirectMessageRefused(string slackError);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information,
        Message = "chat.postMessage failed ({SlackError}); the message went through the command's response_url instead")]
    private partial void LogPostedThroughResponseUrl(string slackError);
}
