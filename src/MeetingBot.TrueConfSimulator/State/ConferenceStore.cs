using MeetingBot.TrueConfSimulator.Errors;
using MeetingBot.TrueConfSimulator.Requests;

namespace MeetingBot.TrueConfSimulator;

/// <summary>
/// Conferences with their invitations and participants (changed through <see cref="ConferenceParticipants"/>). One lock guards everything, and every change swaps in
/// a new immutable snapshot, so readers never see half an update.
/// </summary>
internal sealed class ConferenceStore
{
    private readonly UserDirectory _users;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SimulatedConference> _byId;
    private readonly ConferenceLists _lists;

    public ConferenceStore(UserDirectory users, TimeProvider time)
    {
        _users = users;
        _time = time;
        _byId = new(StringComparer.Ordinal);
        _lists = new ConferenceLists(_byId);
    }

    /// <summary>Every conference in creation order; a shared snapshot, never changed once handed out.</summary>
    public IReadOnlyList<SimulatedConference> All()
    {
        lock (_gate)
        {
            return _lists.All();
        }
    }

    /// <summary>The conferences in <paramref name="state"/>, in creation order; a shared snapshot like <see cref="All"/>.</summary>
    public IReadOnlyList<SimulatedConference> InState(ConferenceState state)
    {
        lock (_gate)
        {
            return _lists.InState(state);
        }
    }

    public SimulatedConference? Find(string conferenceId)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(conferenceId);
        }
    }

    /// <summary>Users joined (not just being called) to a running conference.</summary>
    public HashSet<string> UsersInConferences()
    {
        lock (_gate)
        {
            return _byId.Values
                .Where(conference => conference.IsRunning)
                .SelectMany(conference => conference.Participants)
                .Where(participant => participant.IsInConference)
                .Select(participant => participant.UserId)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
        }
    }

    public Outcome<SimulatedConference> Create(ConferenceInput input, int maxParticipantsLimit)
    {
        var resolved = ConferenceUserResolver.Resolve(_users, input);
        if (!resolved.Succeeded)
        {
            return resolved.Failure;
        }

        lock (_gate)
        {
            if (input.Id is { } requestedId && _byId.ContainsKey(requestedId))
            {
                return ApiErrors.AlreadyInUse("id", requestedId);
            }

            var id = input.Id ?? NewConferenceId();
            var blank = new SimulatedConference
            {
                Id = id,
                Topic = "",
                OwnerId = "",
                MaxParticipants = maxParticipantsLimit,
                CreatedAt = _time.GetUtcNow(),
            };
            var conference = ConferenceEditor.Apply(blank, resolved.Value);
            _byId.Add(id, conference);
            _lists.Added(id);
            return conference;
        }
    }

    public Outcome<SimulatedConference> Update(string conferenceId, ConferenceInput input)
    {
        var resolved = ConferenceUserResolver.Resolve(_users, input);
        return Edit<SimulatedConference>(conferenceId, conference =>
        {
            // Only the description may change during a call (reference §6.1).
            var lockedField = input.SentFields.FirstOrDefault(field => field != "description");
            if (conference.IsRunning && lockedField is not null)
            {
                return ApiErrors.ConferenceIsRunning(conferenceId, lockedField);
            }

            if (!resolved.Succeeded)
            {
                return resolved.Failure;
            }

            return Put(ConferenceEditor.Apply(conference, resolved.Value));
        });
    }

    public Outcome<SimulatedConference> Delete(string conferenceId)
    {
        lock (_gate)
        {
            if (!_byId.Remove(conferenceId, out var conference))
            {
                return ApiErrors.ConferenceNotFound(conferenceId);
            }

            _lists.Removed(conferenceId);
            return conference with { State = ConferenceState.Stopped, Participants = [] };
        }
    }

    public Outcome<SimulatedConference> Run(string conferenceId) =>
        Edit<SimulatedConference>(conferenceId, conference => Put(conference.IsRunning
            ? conference
            : conference with
            {
                State = ConferenceState.Running,
                Participants = conference.AutoInvite
                    ? conference.Invitations.Select(invitation => new ConferenceParticipant(invitation.UserId, null))
                        .ToArray()
                    : [],
            }));

    public Outcome<SimulatedConference> Stop(string conferenceId) =>
        Edit<SimulatedConference>(conferenceId, conference => Put(conference with { State = ConferenceState.Stopped, Participants = [] }));

    public Outcome<ConferenceInvitation> AddInvitation(string conferenceId, ConferenceInvitation invitation)
    {
        var user = _users.Find(invitation.UserId);
        return Edit<ConferenceInvitation>(conferenceId, conference =>
        {
            if (user is null)
            {
                return ApiErrors.Invalid([ApiErrors.UserNotFoundInParameter(invitation.UserId, "id")]);
            }

            if (conference.InvitationOf(user.Id) is not null)
            {
                return ApiErrors.AlreadyInUse("id", user.Id);
            }

            var added = invitation with { UserId = user.Id };
            Put(conference with
            {
                Invitations = ConferenceEditor.Sorted([.. conference.Invitations, added]),
            });
            return added;
        });
    }

    public Outcome<ConferenceInvitation> UpdateInvitation(
        string conferenceId, string invitationId, Func<ConferenceInvitation, ConferenceInvitation> change) =>
        ChangeInvitation(conferenceId, invitationId, (conference, invitation) =>
        {
            var updated = change(invitation);
            return (conference with
            {
                Invitations = conference.Invitations.Select(i => i == invitation ? updated : i).ToArray(),
            }, updated);
        });

    public Outcome<ConferenceInvitation> RemoveInvitation(string conferenceId, string invitationId) =>
        ChangeInvitation(conferenceId, invitationId, (conference, invitation) => (conference with
        {
            Invitations = conference.Invitations.Where(i => i != invitation).ToArray(),
        }, invitation));

    public void Clear()
    {
        lock (_gate)
        {
            _byId.Clear();
            _lists.Cleared();
        }
    }

    /// <summary>
    /// Runs <paramref name="edit"/> on the conference's snapshot (null when there is none) with the lock held, and keeps
    /// the changed snapshot it returns, if any.
    /// </summary>
    internal TResult Change<TResult>(string conferenceId, Func<SimulatedConference?, (SimulatedConference? Changed, TResult Result)> edit)
    {
        lock (_gate)
        {
            var (changed, result) = edit(_byId.GetValueOrDefault(conferenceId));
            if (changed is not null)
            {
                Put(changed);
            }

            return result;
        }
    }

    /// <summary>Runs <paramref name="edit"/> on the conference with the lock held; an unknown id answers "not found".</summary>
    private Outcome<T> Edit<T>(string conferenceId, Func<SimulatedConference, Outcome<T>> edit)
        where T : class
    {
        lock (_gate)
        {
            return _byId.TryGetValue(conferenceId, out var conference) ? edit(conference) : ApiErrors.ConferenceNotFound(conferenceId);
        }
    }

    private Outcome<ConferenceInvitation> ChangeInvitation(
        string conferenceId,
        string invitationId,
        Func<SimulatedConference, ConferenceInvitation, (SimulatedConference, ConferenceInvitation)> change)
    {
        return Edit<ConferenceInvitation>(conferenceId, conference =>
        {
            var invitation = conference.InvitationOf(invitationId);
            if (invitation is null)
            {
                return ApiErrors.InvitationNotFound(invitationId);
            }

            var (changed, result) = change(conference, invitation);
            Put(changed);
            return result;
        });
    }

    /// <summary>Replaces a conference's snapshot; called with the lock held.</summary>
    private SimulatedConference Put(SimulatedConference conference)
    {
        _byId[conference.Id] = conference;
        _lists.Changed();
        return conference;
    }

    private string NewConferenceId()
    {
        string id;
        do
        {
            id = Random.Shared.NextInt64(1_000_000_000, 10_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        while (_byId.ContainsKey(id));

        return id;
    }
}
