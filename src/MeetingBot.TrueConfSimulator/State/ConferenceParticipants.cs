using MeetingBot.TrueConfSimulator.Errors;

namespace MeetingBot.TrueConfSimulator;

/// <summary>
/// The people in running conferences: called in through the API, joined through the conference page, removed. Each
/// change is one step on the conference's snapshot in <see cref="ConferenceStore"/>, under its lock.
/// </summary>
internal sealed class ConferenceParticipants(ConferenceStore conferences, UserDirectory users, TimeProvider time)
{
    /// <summary>Calls a user into a running conference; calling someone already there changes nothing.</summary>
    public Outcome<ConferenceParticipant> Call(string conferenceId, string userId, string location)
    {
        var user = users.Find(userId);
        return conferences.Change<Outcome<ConferenceParticipant>>(conferenceId, conference =>
        {
            if (conference is null)
            {
                return (null, ApiErrors.ConferenceNotFound(conferenceId));
            }

            if (user is null)
            {
                return (null, ApiErrors.Invalid([ApiErrors.UserNotFoundInParameter(userId, location)]));
            }

            if (!conference.IsRunning)
            {
                return (null, ApiErrors.ConferenceNotRunning(conferenceId));
            }

            if (conference.ParticipantOf(user.Id) is { } existing)
            {
                return (null, existing);
            }

            var participant = new ConferenceParticipant(user.Id, null);
            return (conference with { Participants = [.. conference.Participants, participant] }, participant);
        });
    }

    public Outcome<ConferenceParticipant> Remove(string conferenceId, string participantId) =>
        conferences.Change<Outcome<ConferenceParticipant>>(conferenceId, conference =>
        {
            if (conference is null)
            {
                return (null, ApiErrors.ConferenceNotFound(conferenceId));
            }

            if (conference.ParticipantOf(participantId) is not { } participant)
            {
                return (null, ApiErrors.ParticipantNotFound(participantId));
            }

            return (conference with { Participants = conference.Participants.Where(p => p != participant).ToArray() }, participant);
        });

    /// <summary>A user enters a running conference from its page (one who was being called is now in).</summary>
    public JoinResult Join(string conferenceId, string userId)
    {
        var user = users.Find(userId);
        return conferences.Change<JoinResult>(conferenceId, conference =>
        {
            if (conference is null)
            {
                return (null, JoinResult.ConferenceNotFound);
            }

            if (user is null)
            {
                return (null, JoinResult.UserNotFound);
            }

            if (!conference.IsRunning)
            {
                return (null, JoinResult.ConferenceNotRunning);
            }

            var existing = conference.ParticipantOf(user.Id);
            if (existing?.IsInConference == true)
            {
                return (null, JoinResult.Joined);
            }

            var joined = new ConferenceParticipant(user.Id, time.GetUtcNow());
            return (conference with
            {
                Participants = existing is null
                    ? [.. conference.Participants, joined]
                    : conference.Participants.Select(p => p == existing ? joined : p).ToArray(),
            }, JoinResult.Joined);
        });
    }
}
