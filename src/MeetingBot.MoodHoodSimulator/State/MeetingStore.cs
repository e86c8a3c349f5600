namespace MeetingBot.MoodHoodSimulator;

/// <summary>
/// Spaces, rooms, personal links and calls. One lock guards them all, because deleting a room voids its links and
/// ends its call in the same step; every public value handed out is an immutable snapshot.
/// </summary>
internal sealed class MeetingStore(TimeProvider time)
{
    private readonly Lock _gate = new();
    // In the order they were added: the lists answer in that order.
    private readonly OrderedDictionary<string, SimulatedSpace> _spaces = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, SimulatedRoom> _rooms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _roomIdByAlias = new(StringComparer.Ordinal);
    private readonly OrderedDictionary<string, IssuedLink> _links = new(StringComparer.Ordinal);
    private readonly List<CallRecord> _calls = [];

    public IReadOnlyList<SimulatedSpace> Spaces()
    {
        lock (_gate)
        {
            return _spaces.Values.ToArray();
        }
    }

    public IReadOnlyList<SimulatedRoom> Rooms()
    {
        lock (_gate)
        {
            return _rooms.Values.ToArray();
        }
    }

    public IReadOnlyList<IssuedLink> Links()
    {
        lock (_gate)
        {
            return _links.Values.ToArray();
        }
    }

    public IReadOnlyList<SimulatedCall> Calls()
    {
        lock (_gate)
        {
            return _calls.Select(call => call.Snapshot()).ToArray();
        }
    }

    public SimulatedSpace AddSpace(SimulatedSpace space)
    {
        lock (_gate)
        {
            _spaces.Add(space.Id, space);
            return space;
        }
    }

    public SimulatedSpace? FindSpace(string spaceId)
    {
        lock (_gate)
        {
            return _spaces.GetValueOrDefault(spaceId);
        }
    }

    /// <summary>Adds a room under a fresh alias (aliases are unique on their own, reference §3).</summary>
    public SimulatedRoom AddRoom(Func<string, SimulatedRoom> create)
    {
        lock (_gate)
        {
            string alias;
            do
            {
                alias = Ids.NewAlias();
            }
            while (_roomIdByAlias.ContainsKey(alias));

            var room = create(alias);
            _rooms.Add(room.Id, room);
            _roomIdByAlias.Add(room.Alias, room.Id);
            return room;
        }
    }

    public SimulatedRoom? FindRoom(string roomId)
    {
        lock (_gate)
        {
            return _rooms.GetValueOrDefault(roomId);
        }
    }

    public SimulatedRoom? FindRoomByAlias(string alias)
    {
        lock (_gate)
        {
            return _roomIdByAlias.TryGetValue(alias, out var roomId) ? _rooms[roomId] : null;
        }
    }

    public SimulatedRoom? UpdateRoom(string roomId, Func<SimulatedRoom, SimulatedRoom> change)
    {
        lock (_gate)
        {
            if (!_rooms.TryGetValue(roomId, out var room))
            {
                return null;
            }

            return _rooms[roomId] = change(room);
        }
    }

    /// <summary>Removes the room: its links lead nowhere from now on and its call, if any, finishes.</summary>
    public (SimulatedRoom? Room, CallEvent? Finished) DeleteRoom(string roomId)
    {
        lock (_gate)
        {
            if (!_rooms.Remove(roomId, out var room))
            {
                return (null, null);
            }

            _roomIdByAlias.Remove(room.Alias);
            var call = ActiveCall(roomId);
            if (call is null)
            {
                return (room, null);
            }

            var now = time.GetUtcNow();
            call.LeaveAll(now);
            return (room, new CallEvent(CallEvent.Finished, call.RoomId, call.SpaceId));
        }
    }

    public void AddLink(IssuedLink link)
    {
        lock (_gate)
        {
            _links.Add(link.AccessToken, link);
        }
    }

    /// <summary>
    /// What the meeting page does with <c>GET /room/{alias}</c> (reference §6 step 5): checks the link and, when
    /// <paramref name="enter"/> (a GET, not a HEAD), spends a one-time link and puts the person into the call.
    /// </summary>
    public Admission Admit(string alias, string? accessToken, string? participantName, bool enter)
    {
        lock (_gate)
        {
            if (!_roomIdByAlias.TryGetValue(alias, out var roomId))
            {
                return new Admission(AdmissionStatus.RoomNotFound);
            }

            var room = _rooms[roomId];
            var now = time.GetUtcNow();
            string name, role;
            string? externalUserId = null;
            if (string.IsNullOrEmpty(accessToken))
            {
                if (!room.IsPublic)
                {
                    return new Admission(AdmissionStatus.PrivateWithoutToken, room);
                }

                (name, role) = (string.IsNullOrWhiteSpace(participantName) ? "Guest" : participantName.Trim(), "user");
            }
            else
            {
                if (!_links.TryGetValue(accessToken, out var link) || link.RoomId != room.Id)
                {
                    return new Admission(AdmissionStatus.UnknownToken, room);
                }

                if (link.ExpiresAt <= now)
                {
                    return new Admission(AdmissionStatus.Expired, room);
                }

                if (link.IsSpent)
                {
                    return new Admission(AdmissionStatus.Spent, room);
                }

                if (enter)
                {
                    _links[link.AccessToken] = link with
                    {
                        SpentAt = link.IsPermanent ? null : now,
                        Uses = link.Uses + 1,
                    };
                }

                (name, role, externalUserId) = (link.Username, link.Role, link.ExternalUserId);
            }

            if (!enter)
            {
                return new Admission(AdmissionStatus.Admitted, room);
            }

            CallEvent? started = null;
            var call = ActiveCall(room.Id);
            if (call is null)
            {
                call = new CallRecord(Ids.NewObjectId(), room.Id, room.SpaceId, room.Type, now);
                _calls.Add(call);
                started = new CallEvent(CallEvent.Started, room.Id, room.SpaceId);
            }

            var participant = new CallParticipant(Ids.NewToken(), name, role, externalUserId, now);
            call.Participants.Add(participant);
            return new Admission(AdmissionStatus.Admitted, room, participant, call.Snapshot(), started);
        }
    }

    /// <summary>The person of an open page leaves; the call finishes when they were the last one.</summary>
    public (bool Found, bool CallEnded, CallEvent? Finished) Leave(string alias, string sessionId)
    {
        lock (_gate)
        {
            if (FindSession(alias, sessionId) is not { } call || !call.IsActive)
            {
                return (false, false, null);
            }

            var now = time.GetUtcNow();
            var index = call.Participants.FindIndex(p => p.SessionId == sessionId);
            if (call.Participants[index].LeftAt is not null)
            {
                return (false, false, null);
            }

            call.Participants[index] = call.Participants[index] with { LeftAt = now };
            if (call.Participants.Any(p => p.LeftAt is null))
            {
                return (true, false, null);
            }

            call.FinishedAt = now;
            return (true, true, new CallEvent(CallEvent.Finished, call.RoomId, call.SpaceId));
        }
    }

    /// <summary>What an open page polls; null when the room no longer exists.</summary>
    public (bool Ended, bool InCall, IReadOnlyList<string> Present)? PageStatus(string alias, string sessionId)
    {
        lock (_gate)
        {
            if (!_roomIdByAlias.ContainsKey(alias))
            {
                return null;
            }

            var call = FindSession(alias, sessionId);
            var present = call?.Participants.Where(p => p.LeftAt is null).ToArray() ?? [];
            return (
                call is { IsActive: false },
                present.Any(p => p.SessionId == sessionId),
                present.Select(p => p.Name).ToArray());
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _spaces.Clear();
            _rooms.Clear();
            _roomIdByAlias.Clear();
            _links.Clear();
            _calls.Clear();
        }
    }

    private CallRecord? ActiveCall(string roomId) => _calls.FirstOrDefault(call => call.RoomId == roomId && call.IsActive);

    private CallRecord? FindSession(string alias, string sessionId) =>
        _roomIdByAlias.TryGetValue(alias, out var roomId)
            ? _calls.FirstOrDefault(call => call.RoomId == roomId && call.Participants.Any(p => p.SessionId == sessionId))
            : null;
}
