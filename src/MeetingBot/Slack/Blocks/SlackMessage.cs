namespace MeetingBot.Slack.Blocks;

/// <summary>A reply drawn for Slack: the blocks, and the text Slack shows in notifications and reads to screen readers.</summary>
/// <param name="Text">The fallback (mrkdwn, user text escaped); always set, because Slack needs it with blocks.</param>
public sealed record SlackMessage(string Text, IReadOnlyList<SlackBlock> Blocks);
