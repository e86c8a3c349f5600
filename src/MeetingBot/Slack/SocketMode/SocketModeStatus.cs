namespace MeetingBot.Slack.SocketMode;

/// <summary>Whether the bot has a Socket Mode connection now, and why not: what readiness reports.</summary>
internal sealed class SocketModeStatus
{
    private volatile Snapshot _current = new(false, "Connecting to Slack");

    public bool IsConnected => _current.Connected;

    public string Description => _current.Description;

    public void Connected() => _current = new(true, "Connected to Slack");

    public void Reconnecting(string reason, TimeSpan delay) =>
        _current = new(false, $"Reconnecting to Slack in {delay.TotalSeconds:0.#} s: {reason}");

    private sealed record Snapshot(bool Connected, string Description);
}
