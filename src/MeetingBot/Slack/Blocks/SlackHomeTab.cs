using MeetingBot.Meetings;

namespace MeetingBot.Slack.Blocks;

/// <summary>The App Home tab: the user's running and upcoming meetings with Join buttons, then how to use the bot.</summary>
public static class SlackHomeTab
{
    /// <summary>The meetings shown; with the how-to below them, well within the 100 blocks of a view.</summary>
    internal const int Meetings = 60;

    public static IReadOnlyList<SlackBlock> For(MeetingListReply meetings, HelpReply help)
    {
        var blocks = new List<SlackBlock> { SlackBlockKit.Header(BotTexts.Card.YourMeetings(meetings.BackendName)) };
        if (meetings.Meetings.Count == 0)
        {
            blocks.Add(SlackBlockKit.Section(Mrkdwn.FromBotText(BotTexts.NoMeetings(meetings.BackendName))));
        }
        else
        {
            blocks.AddRange(SlackMeetingList.Blocks(meetings, Meetings));
        }

        blocks.Add(new DividerBlock());
        blocks.Add(SlackBlockKit.Header(BotTexts.Card.BotName));
        blocks.AddRange(SlackReplyRenderer.HowTo(help, SlackBlockKit.HomeBlocks - blocks.Count));
        return SlackBlockKit.Home(blocks);
    }
}
