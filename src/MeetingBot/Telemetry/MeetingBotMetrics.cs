using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MeetingBot.Telemetry;

/// <summary>The bot's own OpenTelemetry instruments (meter <see cref="MeterName"/>).</summary>
public sealed class MeetingBotMetrics
{
    public const string MeterName = "MeetingBot";

    private readonly Counter<long> _commands;
    private readonly Histogram<double> _commandDuration;
    private readonly Histogram<double> _videoServerCallDuration;
    private readonly Counter<long> _replies;

    public MeetingBotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _commands = meter.CreateCounter<long>("meetingbot.commands", description: "Chat commands handled, by outcome");
        _commandDuration = meter.CreateHistogram<double>("meetingbot.command.duration", unit: "s", description: "Time from accepted message to reply");
        _videoServerCallDuration = meter.CreateHistogram<double>("meetingbot.trueconf.call.duration", unit: "s", description: "TrueConf Server call latency, by operation and outcome");
        _replies = meter.CreateCounter<long>("meetingbot.replies", description: "Replies sent to the chat, by outcome");
    }

    public void CommandHandled(string channel, string command, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "channel", channel }, { "command", command }, { "outcome", outcome } };
        _commands.Add(1, tags);
        _commandDuration.Record(duration.TotalSeconds, tags);
    }

    /// <param name="outcome">The HTTP status, or <c>timeout</c> / <c>unreachable</c>.</param>
    public void VideoServerCall(string operation, string outcome, TimeSpan duration) =>
        _videoServerCallDuration.Record(duration.TotalSeconds, new TagList { { "operation", operation }, { "outcome", outcome } });

    public void ReplySent(string channel, string outcome) => _replies.Add(1, new TagList { { "channel", channel }, { "outcome", outcome } });
}
