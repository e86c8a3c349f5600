namespace MeetingBot.Slack.Inbound;

/// <summary>
/// What Slack sent, already authenticated by its transport (HTTP: the request signature; Socket Mode: the app-level
/// token that opened the socket). Both transports hand every request here, so they share every behaviour; each
/// answers within Slack's 3 seconds and leaves slow work running in the background.
/// </summary>
public interface ISlackRequestHandler
{
    /// <param name="retryAttempt">0 on the first delivery; Slack's retry number otherwise.</param>
    Task<SlackAck> HandleCommandAsync(SlackSlashCommand command, int retryAttempt, CancellationToken cancellationToken);

    Task<SlackAck> HandleEventAsync(SlackEventEnvelope envelope, int retryAttempt, CancellationToken cancellationToken);

    Task<SlackAck> HandleInteractionAsync(SlackInteraction interaction, CancellationToken cancellationToken);
}

/// <summary>
/// The acknowledgement: an empty <c>200</c>, or a JSON body (a slash command's immediate reply, a view's
/// <c>response_action</c>) sent as the HTTP answer or as the Socket Mode envelope's <c>payload</c>.
/// </summary>
public sealed record SlackAck(byte[]? JsonBody)
{
    public static readonly SlackAck Empty = new((byte[]?)null);

    /// <summary>Not taken (the bot is too busy to write it down): not acknowledged, so that Slack delivers it again.</summary>
    public static readonly SlackAck Refused = new((byte[]?)null) { IsRefused = true };

    public bool IsRefused { get; private init; }
}
