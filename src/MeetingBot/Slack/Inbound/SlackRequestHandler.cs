using System.Text.Json;
using MeetingBot.Hosting;
using MeetingBot.Meetings;
using MeetingBot.Slack.Api;
using MeetingBot.Slack.Blocks;
using MeetingBot.Storage;

namespace MeetingBot.Slack.Inbound;

/// <summary>
/// Accepts what Slack sent, whichever transport carried it: work is written down with its de-duplication key (a
/// trigger id, an event id) and acknowledged at once; <see cref="SlackRequestWorker"/> does it in the background. A
/// redelivery (<c>X-Slack-Retry-Num</c>, <c>retry_attempt</c>) finds the key taken and does nothing.
/// </summary>
internal sealed class SlackRequestHandler(AcceptedWorkRunner runner, SlackRequestWorker worker, SlackTokenStatus tokens) : ISlackRequestHandler, IResumableWork
{
    public const string Source = "slack";

    // Slack shows an error after 3 s: a full queue is waited for only briefly.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1.5);

    string IResumableWork.Source => Source;

    public async Task<SlackAck> HandleCommandAsync(SlackSlashCommand command, int retryAttempt, CancellationToken cancellationToken)
    {
        var acceptance = await AcceptAsync("slack:command:" + command.TriggerId, new SlackWork(Command: command)).ConfigureAwait(false);
        // A slash command is not redelivered: when the bot is too busy to take it, the person is told to try again.
        return acceptance is Acceptance.Busy or Acceptance.Unavailable ? Busy : SlackAck.Empty;
    }

    public async Task<SlackAck> HandleEventAsync(SlackEventEnvelope envelope, int retryAttempt, CancellationToken cancellationToken)
    {
        if (envelope is { Type: "event_callback", Event.Type: "app_uninstalled" or "tokens_revoked" })
        {
            // No reply can get through any more: readiness says so (and the log, once) until a new token works.
            tokens.Rejected(SlackTokenKind.Bot, "event", envelope.Event.Type);
            return SlackAck.Empty;
        }

        if (envelope is not { Type: "event_callback", EventId: { } eventId, Event: { } inner, TeamId: { } teamId } || !SlackEvents.GivesWork(inner))
        {
            return SlackAck.Empty;
        }

        var acceptance = await AcceptAsync("slack:event:" + eventId, new SlackWork(Event: inner, TeamId: teamId)).ConfigureAwait(false);
        return acceptance is Acceptance.Busy or Acceptance.Unavailable ? SlackAck.Refused : SlackAck.Empty;
    }

    public async Task<SlackAck> HandleInteractionAsync(SlackInteraction interaction, CancellationToken cancellationToken)
    {
        if (interaction is not { Type: "block_actions", Actions.Count: > 0 } || !interaction.Actions.Any(action => SlackCardActions.ToRequest(action) is not null))
        {
            // A Join button (a link: Slack still tells), a view closed, anything not ours: acknowledged, nothing to do.
            return SlackAck.Empty;
        }

        var key = "slack:action:" + (interaction.TriggerId ?? interaction.Actions[0].ActionTs ?? Guid.NewGuid().ToString("N"));
        var acceptance = await AcceptAsync(key, new SlackWork(Interaction: interaction)).ConfigureAwait(false);
        return acceptance is Acceptance.Busy or Acceptance.Unavailable ? Busy : SlackAck.Empty;
    }

    public Task ResumeAsync(AcceptedWork accepted, CancellationToken cancellationToken)
    {
        var work = JsonSerializer.Deserialize(accepted.Payload, SlackInboundJsonContext.Default.SlackWork);
        return work is null
            ? runner.DropAsync(accepted)
            : runner.ResumeAsync(accepted, (attempt, token) => worker.RunAsync(work, attempt, token), cancellationToken);
    }

    private static SlackAck Busy { get; } = new(SlackMessageBodies.Response(
        SlackReplyRenderer.Render(new NoticeReply(NoticeKind.Problem, BotTexts.BotBusy)), inChannel: false, replaceOriginal: false));

    private Task<Acceptance> AcceptAsync(string key, SlackWork work)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(work, SlackInboundJsonContext.Default.SlackWork);
        return runner.AcceptAsync(key, Source, payload, (attempt, token) => worker.RunAsync(work, attempt, token), Patience);
    }
}
