using MeetingBot.TrueConfSimulator.Errors;
using MeetingBot.TrueConfSimulator.Requests;

namespace MeetingBot.TrueConfSimulator;

/// <summary>
/// Conferences with their invitations and participants. One lock guards everything, and every change swaps in
/// a new immutable snapshot, so readers never see half an update.
/// </summary>
internal sealed class ConferenceStore(UserDirectory users, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SimulatedConference> _byId = new(StringComparer.Ordinal);
    private readonly List<string> _creationOrder = [];

    // Lists in creation order, built on the first read after a change and shared until the next: paging through
    // thousands of unchanged conferences costs a page per request, not a pass over all of them.
    private SimulatedConference[]? _all;
    private SimulatedConference[]? _running;
    private SimulatedConference[]? _stopped;

    /// <summary>Every conference in creation order; a shared snapshot, never changed once handed out.</summary>
    public IReadOnlyList<SimulatedConference> All()
    {
        lock (_gate)
        {
            return _all ??= _creationOrder.Select(id => _byId[id]).ToArray();
        }
    }

    /// <summary>The conferences in <paramref name="state"/>, in creation order; a shared snapshot like <see cref="All"/>.</summary>
    public IReadOnlyList<SimulatedConference> InState(ConferenceState state)
    {
        lock (_gate)
        {
            _all ??= _creationOrder.Select(id => _byId[id]).ToArray();
            return state == ConferenceState.Running
                ? _running ??= _all.Where(conference => conference.IsRunning).ToArray()
                : _stopped ??= _all.Where(conference => !conference.IsRunning).ToArray();
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
        var resolved = ResolveUsers(input);
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
                CreatedAt = time.GetUtcNow(),
            };
            var conference = ConferenceEditor.Apply(blank, resolved.Value);
            _byId.Add(id, conference);
            _creationOrder.Add(id);
            Changed();
            return conference;
        }
    }

    public Outcome<SimulatedConference> Update(string conferenceId, ConferenceInput input)
    {
        var resolved = ResolveUsers(input);
        lock (_gate)
        {
            if (!_byId.TryGetValue(conferenceId, out var conference))
            {
                return ApiErrors.ConferenceNotFound(conferenceId);
            }

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
        }
    }

    public Outcome<SimulatedConference> Delete(string conferenceId)
    {
        lock (_gate)
        {
            if (!_byId.Remove(conferenceId, out var conference))
            {
                return ApiErrors.ConferenceNotFound(conferenceId);
            }

            _creationOrder.Remove(conferenceId);
            Changed();
            return conference with { State = ConferenceState.Stopped, Participants = [] };
        }
    }

    public Outcome<SimulatedConference> Run(string conferenceId) =>
        Change(conferenceId, conference => conference.IsRunning
            ? conference
            : conference with
            {
                State = ConferenceState.Running,
                Participants = conference.AutoInvite
                    ? conference.Invitations.Select(invitation => new ConferenceParticipant(invitation.UserId, null))
                        .ToArray()
                    : [],
            });

    public Outcome<SimulatedConference> Stop(string conferenceId) =>
        Change(conferenceId, conference => conference with { State = ConferenceState.Stopped, Participants = [] });

    /// <summary>Calls a user into a running conference; calling someone already there changes nothing.</summary>
    public Outcome<ConferenceParticipant> Call(string conferenceId, string userId, string location)
    {
        var user = users.Find(userId);
        lock (_gate)
        {
            if (!_byId.TryGetValue(conferenceId, out var conference))
            {
                return ApiErrors.ConferenceNotFound(conferenceId);
            }

            if (user is null)
            {
                return ApiErrors.Invalid([ApiErrors.UserNotFoundInParameter(userId, location)]);
            }

            if (!conference.IsRunning)
            {
                return ApiErrors.ConferenceNotRunning(conferenceId);
            }

            var existing = FindParticipant(conference, user.Id);
            if (existing is not null)
            {
                return existing;
            }

            var participant = new ConferenceParticipant(user.Id, null);
            Put(conference with { Participants = [.. conference.Participants, participant] });
            return participant;
        }
    }

    public Outcome<ConferenceParticipant> RemoveParticipant(string conferenceId, string participantId)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(conferenceId, out var conference))
            {
                return ApiErrors.ConferenceNotFound(conferenceId);
            }

            var participant = FindParticipant(conference, participantId);
            if (participant is null)
            {
                return ApiErrors.ParticipantNotFound(participantId);
            }

            Put(conference with
            {
                Participants = conference.Participants.Where(p => p != participant).ToArray(),
            });
            return participant;
        }
    }

    public JoinResult Join(string conferenceId, string userId)
    {
        var user = users.Find(userId);
        lock (_gate)
        {
            if (!_byId.TryGetValue(conferenceId, out var conference))
            {
                return JoinResult.ConferenceNotFound;
            }

            if (user is null)
            {
                return JoinResult.UserNotFound;
            }

            if (!conference.IsRunning)
            {
                return JoinResult.ConferenceNotRunning;
            }

            var existing = FindParticipant(conference, user.Id);
            if (existing?.IsInConference == true)
            {
                return JoinResult.Joined;
            }

            var joined = new ConferenceParticipant(user.Id, time.GetUtcNow());
            Put(conference with
            {
                Participants = existing is null
                    ? [.. conference.Participants, joined]
                    : conference.Participants.Select(p => p == existing ? joined : p).ToArray(),
            });
            return JoinResult.Joined;
        }
    }

    public Outcome<ConferenceInvitation> AddInvitation(string conferenceId, ConferenceInvitation invitation)
    {
        var user = users.Find(invitation.UserId);
        lock (_gate)
        {
            if (!_byId.TryGetValue(conferenceId, out var conference))
            {
                return ApiErrors.ConferenceNotFound(conferenceId);
            }

            if (user is null)
            {
                return ApiErrors.Invalid([ApiErrors.UserNotFoundInParameter(invitation.UserId, "id")]);
            }

            if (FindInvitation(conference, user.Id) is not null)
            {
                return ApiErrors.AlreadyInUse("id", user.Id);
            }

            var added = invitation with { UserId = user.Id };
            Put(conference with
            {
                Invitations = ConferenceEditor.Sorted([.. conference.Invitations, added]),
            });
            return added;
        }
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
            _creationOrder.Clear();
            Changed();
        }
    }

    public static ConferenceParticipant? FindParticipant(SimulatedConference conference, string userId) =>
        conference.Participants.FirstOrDefault(p => string.Equals(p.UserId, userId, StringComparison.OrdinalIgnoreCase));

    public static ConferenceInvitation? FindInvitation(SimulatedConference conference, string userId) =>
        conference.Invitations.FirstOrDefault(i => string.Equals(i.UserId, userId, StringComparison.OrdinalIgnoreCase));

    private Outcome<SimulatedConference> Change(
        string conferenceId, Func<SimulatedConference, SimulatedConference> change)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(conferenceId, out var conference))
            {
                return ApiErrors.ConferenceNotFound(conferenceId);
            }

            return Put(change(conference));
        }
    }

    private Outcome<ConferenceInvitation> ChangeInvitation(
        string conferenceId,
        string invitationId,
        Func<SimulatedConference, ConferenceInvitation, (SimulatedConference, ConferenceInvitation)> change)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(conferenceId, out var conference))
            {
                return ApiErrors.ConferenceNotFound(conferenceId);
            }

            var invitation = FindInvitation(conference, invitationId);
            if (invitation is null)
            {
                return ApiErrors.InvitationNotFound(invitationId);
            }

            var (changed, result) = change(conference, invitation);
            Put(changed);
            return result;
        }
    }

    /// <summary>Swaps user ids for the directory's spelling; unknown users fail the request.</summary>
    private Outcome<ConferenceInput> ResolveUsers(ConferenceInput input)
    {
        var errors = new List<ApiErrorDetail>();
        string? owner = null;
        if (input.Owner is not null)
        {
            owner = users.Find(input.Owner)?.Id;
            if (owner is null)
            {
                errors.Add(ApiErrors.UserNotFoundInParameter(input.Owner, "owner"));
            }
        }

        List<ConferenceInvitation>? invitations = null;
        if (input.Invitations is not null)
        {
            invitations = [];
            foreach (var invitation in input.Invitations)
            {
                var user = users.Find(invitation.UserId);
                if (user is null)
                {
                    errors.Add(ApiErrors.UserNotFoundInParameter(invitation.UserId, "invitations"));
                }
                else if (!invitations.Any(i => i.UserId == user.Id))
                {
                    invitations.Add(invitation with { UserId = user.Id });
                }
            }
        }

        if (errors.Count > 0)
        {
            return ApiErrors.Invalid(errors);
        }

        return input with { Owner = owner ?? input.Owner, Invitations = invitations ?? input.Invitations };
    }

    /// <summary>Replaces a conference's snapshot; called with the lock held.</summary>
    private SimulatedConference Put(SimulatedConference conference)
    {
        _byId[conference.Id] = conference;
        Changed();
        return conference;
    }

    private void Changed() => _all = _running = _stopped = null;

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
