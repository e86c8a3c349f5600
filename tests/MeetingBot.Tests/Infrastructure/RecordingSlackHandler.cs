using System.Collections.Concurrent;
using MeetingBot.Slack.Inbound;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>
/// Stands in for the bot's Slack request handler (the seam both transports hand requests to): records what
/// arrives and answers what <see cref="Answer"/> says, so transport tests see exactly what a transport delivered.
/// </summary>
public sealed class RecordingSlackHandler : ISlackRequestHandler
{
    private readonly ConcurrentQueue<SlackRequest> _requests = new();

    public IReadOnlyList<SlackRequest> Requests => _requests.ToArray();

    /// <summary>The acknowledgement for a request; empty unless a test says otherwise. May take its time.</summary>
    public Func<SlackRequest, CancellationToken, Task<SlackAck>> Answer { get; set; } = (_, _) => Task.FromResult(SlackAck.Empty);

    public Task<SlackAck> HandleCommandAsync(SlackSlashCommand command, int retryAttempt, CancellationToken cancellationToken) =>
        Record(new SlackRequest(command, null, null, retryAttempt), cancellationToken);

    public Task<SlackAck> HandleEventAsync(SlackEventEnvelope envelope, int retryAttempt, CancellationToken cancellationToken) =>
        Record(new SlackRequest(null, envelope, null, retryAttempt), cancellationToken);

    public Task<SlackAck> HandleInteractionAsync(SlackInteraction interaction, CancellationToken cancellationToken) =>
        Record(new SlackRequest(null, null, interaction, 0), cancellationToken);

    public async Task<SlackRequest> WaitForAsync(Func<SlackRequest, bool> match, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            if (_requests.FirstOrDefault(match) is { } request)
            {
                return request;
            }

            Assert.True(DateTime.UtcNow < until, "the handler got no such request");
            await Task.Delay(10);
        }
    }

    private Task<SlackAck> Record(SlackRequest request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        return Answer(request, cancellationToken);
    }
}

/// <summary>One request as the handler received it: exactly one of command, event delivery or interaction.</summary>
public sealed record SlackRequest(SlackSlashCommand? Command, SlackEventEnvelope? Event, SlackInteraction? Interaction, int RetryAttempt);
