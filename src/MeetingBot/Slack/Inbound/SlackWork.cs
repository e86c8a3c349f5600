namespace MeetingBot.Slack.Inbound;

/// <summary>One accepted Slack request, as written down to run it (again, after a crash): exactly one part is set.</summary>
/// <param name="TeamId">The workspace of <see cref="Event"/> (the envelope's, which the inner event does not repeat).</param>
public sealed record SlackWork(
    SlackSlashCommand? Command = null,
    SlackEvent? Event = null,
    string? TeamId = null,
    SlackInteraction? Interaction = null);
