using MeetingBot.Commands;
using MeetingBot.Conferencing;
using MeetingBot.Storage;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// Calls people into a running meeting. Every name is checked first, exactly as for <c>start meeting</c>: one that
/// matches nobody, a disabled account or an ambiguous name gets a reply naming it and nobody is invited. Everyone of
/// the conversation can be invited at once: members without a backend account are named in the reply. Shared by
/// <c>invite …</c> and the card's Invite button; the card's list of invitees follows.
/// </summary>
public sealed class MeetingInviter(
    AttendeeResolver attendees, IConferenceService backend, IMeetingStore meetings, MeetingCards cards, MeetingFinder finder, MeetingLocks locks,
    PersonalLinkDelivery links, IOptionsMonitor<MeetingBotOptions> options)
{
    public async Task<NoticeReply> InviteAsync(
        MeetingRecord meeting, IReadOnlyList<PersonReference> asked, bool everyoneHere, IChatConversation chat, CancellationToken cancellationToken)
    {
        var backendName = backend.Capabilities.DisplayName;
        if (meeting.State == MeetingState.Ended)
        {
            return new NoticeReply(NoticeKind.Info, BotTexts.MeetingEnded(meeting.Topic));
        }

        IReadOnlyList<string> notMapped = [];
        List<ConferenceUser> users;
        if (everyoneHere)
        {
            if (await MembersAsync(chat, cancellationToken).ConfigureAwait(false) is not { } members)
            {
                return new NoticeReply(NoticeKind.Problem, BotTexts.TooManyHere(options.CurrentValue.MaxInvitees));
            }

            (users, notMapped) = members;
        }
        else
        {
            if (attendees.RefuseTooMany(asked) is { } tooMany)
            {
                return new NoticeReply(NoticeKind.Problem, tooMany);
            }

            var found = await attendees.ResolvePeopleAsync(asked, chat, cancellationToken).ConfigureAwait(false);
            if (AttendeeResolver.ProblemsText(BotTexts.InviteAnybody, backendName, asked, found) is { } problems)
            {
                return new NoticeReply(NoticeKind.Problem, problems);
            }

            users = found.Cast<ResolvedPerson>().Select(person => person.User).ToList();
        }

        var invite = users
            .Where(user => !string.Equals(user.Id, meeting.OwnerId, StringComparison.OrdinalIgnoreCase) || !everyoneHere)
            .DistinctBy(user => user.Id, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        if (invite.Length == 0)
        {
            return new NoticeReply(NoticeKind.Info, notMapped.Count > 0 ? BotTexts.NotMapped(backendName, notMapped) : BotTexts.NobodyToInvite);
        }

        using (await locks.HoldAsync(meeting, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (backend.Capabilities.PersonalLinks)
                {
                    // Invited by their own link, sent privately: nobody is called in by the backend.
                    await links.SendAsync(meeting, invite, chat.Sender.Name, chat, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await CallAllAsync(meeting.ConferenceId, invite, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (ConferencingException error) when (error.Failure is ConferencingFailure.NotFound or ConferencingFailure.Rejected)
            {
                // Ended in the backend before the watcher noticed: the server refuses calls into it.
                if ((await finder.CurrentAsync(meeting, cancellationToken).ConfigureAwait(false)).State == MeetingState.Ended)
                {
                    return new NoticeReply(NoticeKind.Info, BotTexts.MeetingEnded(meeting.Topic));
                }

                throw;
            }

            await RememberAsync(meeting, invite).ConfigureAwait(false);
        }

        var text = (backend.Capabilities.PersonalLinks
                       ? BotTexts.InvitedWithLinks(invite.Select(user => user.DisplayName), meeting.Topic)
                       : BotTexts.Invited(invite.Select(user => user.DisplayName), meeting.Topic)) +
                   (notMapped.Count > 0 ? " " + BotTexts.NotMapped(backendName, notMapped) : "");
        return new NoticeReply(NoticeKind.Success, text);
    }

    /// <summary>
    /// Every member of the conversation mapped to a backend user, and the names of those who are not; null when there
    /// are more members than one command may invite (checked before anybody is looked up).
    /// </summary>
    private async Task<(List<ConferenceUser> Users, IReadOnlyList<string> NotMapped)?> MembersAsync(IChatConversation chat, CancellationToken cancellationToken)
    {
        var members = await chat.ListMembersAsync(cancellationToken).ConfigureAwait(false);
        var asked = members
            .Where(member => member.Id != chat.Sender.Id)
            .Select(member => (PersonReference)new MentionedPerson(member.Id, member.Name))
            .ToArray();
        if (asked.Length > options.CurrentValue.MaxInvitees)
        {
            return null;
        }

        var found = await attendees.ResolvePeopleAsync(asked, chat, cancellationToken).ConfigureAwait(false);
        var users = found.OfType<ResolvedPerson>().Select(person => person.User).Where(user => user.IsActive).ToList();
        var notMapped = found.Where(person => person is not ResolvedPerson).Select(person => person.RequestedAs).ToArray();
        return (users, notMapped);
    }

    /// <summary>Calls each person, a few at a time, so a long list does not flood the server.</summary>
    private async Task CallAllAsync(string conferenceId, IReadOnlyList<ConferenceUser> users, CancellationToken cancellationToken)
    {
        await Parallel.ForEachAsync(
            users,
            new ParallelOptions { MaxDegreeOfParallelism = AttendeeResolver.LookupsInFlight, CancellationToken = cancellationToken },
            async (user, token) => await backend.InviteAsync(conferenceId, user.Id, token).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private async Task RememberAsync(MeetingRecord meeting, IReadOnlyList<ConferenceUser> invited)
    {
        if (meeting.RequestKey.Length == 0)
        {
            return;
        }

        var known = meeting.InviteeIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var added = invited.Where(user => known.Add(user.Id) && !string.Equals(user.Id, meeting.OwnerId, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (added.Length == 0)
        {
            return;
        }

        // The store adds them to whatever is stored now: an invite that ran just before added its people too.
        var updated = await meetings.AddInviteesAsync(
            meeting.RequestKey, added.Select(user => user.Id).ToArray(), added.Select(user => user.DisplayName).ToArray(), CancellationToken.None).ConfigureAwait(false);
        if (updated is not null)
        {
            await cards.UpdateAsync(updated, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
