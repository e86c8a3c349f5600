namespace MeetingBot.Slack.Inbound;

/// <summary>An interactivity payload: <c>block_actions</c> (a button, an input on a message or the Home tab) or <c>view_submission</c>.</summary>
public sealed record SlackInteraction(
    string Type,
    SlackUserRef User,
    SlackTeamRef? Team = null,
    SlackChannelRef? Channel = null,
    SlackContainer? Container = null,
    string? ResponseUrl = null,
    string? TriggerId = null,
    IReadOnlyList<SlackAction>? Actions = null,
    SlackState? State = null,
    SlackView? View = null,
    string? ApiAppId = null);

public sealed record SlackUserRef(string Id, string? Username = null, string? Name = null, string? TeamId = null);

public sealed record SlackTeamRef(string Id, string? Domain = null);

public sealed record SlackChannelRef(string Id, string? Name = null);

/// <summary>Where the clicked element is: a message (<c>message_ts</c>, <c>channel_id</c>) or a view.</summary>
public sealed record SlackContainer(string Type, string? MessageTs = null, string? ChannelId = null, bool IsEphemeral = false, string? ViewId = null);

/// <param name="Value">A button's value; for a text input, what was typed.</param>
public sealed record SlackAction(string ActionId, string? BlockId = null, string? Type = null, string? Value = null, string? ActionTs = null);

/// <summary>Inputs of the same message or view: block id → action id → value.</summary>
public sealed record SlackState(IReadOnlyDictionary<string, IReadOnlyDictionary<string, SlackStateValue>> Values);

public sealed record SlackStateValue(string? Type = null, string? Value = null);

public sealed record SlackView(string Id, string? CallbackId = null, string? PrivateMetadata = null, SlackState? State = null);
