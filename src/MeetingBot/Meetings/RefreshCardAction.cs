using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>The card's refresh: the meeting as the bot now knows it (the watcher keeps that current).</summary>
public sealed class RefreshCardAction(MeetingFinder finder, MeetingCards cards) : MeetingCardAction(finder, cards)
{
    public override string Verb => MeetingCardVerbs.Refresh;

    protected override Task<CardActionResult> HandleAsync(MeetingRecord meeting, CardActionRequest request, IChatConversation chat, CancellationToken cancellationToken) =>
        Task.FromResult<CardActionResult>(Card(meeting));
}
