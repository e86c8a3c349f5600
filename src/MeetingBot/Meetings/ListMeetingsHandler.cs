using MeetingBot.Storage;
using MeetingBot.Commands;
using MeetingBot.Conferencing;

namespace MeetingBot.Meetings;

/// <summary>
/// <c>list meetings</c>: the sender's running and upcoming meetings, read from the backend's paged list filtered by
/// owner and state, as one compact card. Bounded: a few pages at most, and the card says how many more there are.
/// </summary>
public sealed class ListMeetingsHandler(IPersonResolver people, IConferenceService backend, IMeetingStore meetings, TimeProvider clock) : ICommandHandler<ListMeetingsCommand>
{
    internal const int Shown = 15;
    private const int PageSize = 50;
    private const int MaxPages = 4;

    public async Task HandleAsync(ListMeetingsCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        var backendName = backend.Capabilities.DisplayName;
        if (await people.ResolveSenderAsync(chat, cancellationToken).ConfigureAwait(false) is not ResolvedPerson sender)
        {
            await chat.ReplyAsync(new NoticeReply(NoticeKind.Problem, BotTexts.SenderUnknown(backendName)), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (!backend.Capabilities.HasUserDirectory)
        {
            await chat.ReplyAsync(await StartedByBotAsync(sender.User.Id, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            return;
        }

        var running = await ReadAsync(ConferenceState.Running, sender.User.Id, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var upcoming = (await ReadAsync(ConferenceState.Stopped, sender.User.Id, cancellationToken).ConfigureAwait(false))
            .Where(conference => conference.StartsAt > now)
            .OrderBy(conference => conference.StartsAt);
        var all = running.Concat(upcoming).ToArray();
        var shown = new List<MeetingListItem>();
        foreach (var listed in all.Take(Shown))
        {
            // Only the few shown are read again when the list left their links out.
            var conference = listed.JoinUrl.Length > 0 ? listed : await backend.GetConferenceAsync(listed.Id, cancellationToken).ConfigureAwait(false);
            shown.Add(new MeetingListItem(
                conference.Topic, conference.Id, conference.State == ConferenceState.Running,
                conference.State == ConferenceState.Running ? null : conference.StartsAt, conference.JoinUrl));
        }

        BotReply reply = all.Length == 0
            ? new NoticeReply(NoticeKind.Info, BotTexts.NoMeetings(backendName))
            : new MeetingListReply(backendName, shown, Math.Max(0, all.Length - Shown));
        await chat.ReplyAsync(reply, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Without a directory the backend does not know owners as the chat does: the sender's meetings are those the bot
    /// started for them, kept only while the backend still runs them. Join mints a link where links are personal.
    /// </summary>
    private async Task<BotReply> StartedByBotAsync(string ownerId, CancellationToken cancellationToken)
    {
        var capabilities = backend.Capabilities;
        var owned = await meetings.ListRunningOwnedAsync(capabilities.DisplayName, ownerId, PageSize, cancellationToken).ConfigureAwait(false);
        var live = (await ReadAsync(ConferenceState.Running, ownerId: null, cancellationToken).ConfigureAwait(false)).Select(conference => conference.Id).ToHashSet(StringComparer.Ordinal);
        var running = owned.Where(meeting => live.Contains(meeting.ConferenceId)).ToArray();
        if (running.Length == 0)
        {
            return new NoticeReply(NoticeKind.Info, BotTexts.NoMeetings(capabilities.DisplayName));
        }

        var shown = running.Take(Shown)
            .Select(meeting => new MeetingListItem(
                meeting.Topic, meeting.ConferenceId, IsRunning: true, StartsAt: null, meeting.JoinUrl,
                PersonalJoinRef: capabilities.PersonalLinks ? meeting.RequestKey : null))
            .ToArray();
        return new MeetingListReply(capabilities.DisplayName, shown, Math.Max(0, running.Length - Shown));
    }

    private async Task<List<Conference>> ReadAsync(ConferenceState state, string? ownerId, CancellationToken cancellationToken)
    {
        var conferences = new List<Conference>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var result = await backend.ListAsync(new ConferenceQuery(state, ownerId, page, PageSize), cancellationToken).ConfigureAwait(false);
            conferences.AddRange(result.Conferences);
            if (result.Conferences.Count < PageSize || conferences.Count >= result.Total)
            {
                break;
            }
        }

        return conferences;
    }
}
