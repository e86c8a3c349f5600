using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MeetingBot.Meetings;

/// <summary>The bot's own OpenTelemetry instruments (meter <c>MeetingBot</c>).</summary>
public sealed class MeetingBotMetrics
{
    public const string MeterName = "MeetingBot";

    private readonly Counter<long> _commands;
    private readonly Histogram<double> _commandDuration;

    public MeetingBotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _commands = meter.CreateCounter<long>("meetingbot.commands", description: "Chat commands handled");
        _commandDuration = meter.CreateHistogram<double>("meetingbot.command.duration", unit: "s", description: "Time from accepted message to reply");
    }

    public void CommandHandled(string channel, string command, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "channel", channel }, { "command", command }, { "outcome", outcome } };
        _commands.Add(1, tags);
        _commandDuration.Record(duration.TotalSeconds, tags);
    }
}
