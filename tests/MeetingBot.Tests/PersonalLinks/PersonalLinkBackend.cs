using System.Collections.Concurrent;
using MeetingBot.Conferencing;

namespace MeetingBot.Tests.PersonalLinks;

/// <summary>
/// A seam double of a video backend with no directory, no live presence and one-time personal links (MoodHood's
/// capabilities): rooms in memory, every link minted recorded. Stands in until the real backend and its simulator land.
/// </summary>
public sealed class PersonalLinkBackend : IConferenceService, IPersonalLinkIssuer
{
    public const string RoomBaseUrl = "https://meet.example/room/";

    private readonly ConcurrentDictionary<string, Room> _rooms = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<MintedLink> _links = new();
    private int _nextRoom;
    private int _nextToken;
    private int _participantReads;
    private int _invites;
    private int _lists;

    public ConferencingCapabilities Capabilities { get; } =
        new("MoodHood", HasUserDirectory: false, LiveParticipants: false, CanStop: true, Guests: false, PersonalLinks: true);

    public IReadOnlyCollection<Room> Rooms => _rooms.Values.ToArray();

    public IReadOnlyList<MintedLink> Links => _links.ToArray();

    public int ParticipantReads => _participantReads;

    public int Invites => _invites;

    /// <summary>How often the conference list was read (the watcher reads it on each look).</summary>
    public int Lists => _lists;

    public IReadOnlyList<MintedLink> LinksFor(string personId) => Links.Where(link => link.Request.PersonId == personId).ToArray();

    public Task<Conference> StartConferenceAsync(NewConference request, CancellationToken cancellationToken)
    {
        var id = "room-" + Interlocked.Increment(ref _nextRoom);
        var room = new Room(id, request.RequestKey, request.Topic, request.OwnerId, request.InviteeIds);
        _rooms[id] = room;
        return Task.FromResult(room.AsConference());
    }

    public Task<Conference> GetConferenceAsync(string conferenceId, CancellationToken cancellationToken) =>
        Task.FromResult(Find(conferenceId).AsConference());

    public Task<Conference?> FindByRequestKeyAsync(string requestKey, CancellationToken cancellationToken) =>
        Task.FromResult(_rooms.Values.FirstOrDefault(room => room.RequestKey == requestKey && !room.Deleted)?.AsConference());

    public Task<Conference> RunAsync(Conference conference, CancellationToken cancellationToken) => Task.FromResult(conference);

    public Task DiscardAsync(string conferenceId, CancellationToken cancellationToken) => StopAsync(conferenceId, cancellationToken);

    public Task InviteAsync(string conferenceId, string userId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _invites);
        return Task.CompletedTask;
    }

    public Task StopAsync(string conferenceId, CancellationToken cancellationToken)
    {
        Find(conferenceId).Deleted = true;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ConferenceParticipant>> GetParticipantsAsync(string conferenceId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _participantReads);
        throw new InvalidOperationException("This backend cannot tell who is in a call");
    }

    public Task<ConferencePage> ListAsync(ConferenceQuery query, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _lists);
        var live = _rooms.Values.Where(room => !room.Deleted).Select(room => room.AsConference()).ToArray();
        var page = live.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToArray();
        return Task.FromResult(new ConferencePage(live.Length, page));
    }

    public Task<PersonalLink> IssueAsync(PersonalLinkRequest request, CancellationToken cancellationToken)
    {
        var room = Find(request.ConferenceId);
        var link = new PersonalLink($"{RoomBaseUrl}{room.Id}?accessToken=tok-{Interlocked.Increment(ref _nextToken)}", DateTimeOffset.UtcNow.AddHours(2));
        _links.Enqueue(new MintedLink(request, link));
        return Task.FromResult(link);
    }

    private Room Find(string conferenceId) =>
        _rooms.TryGetValue(conferenceId, out var room) && !room.Deleted ? room : throw new RoomNotFound(conferenceId);

    public sealed class Room(string id, string requestKey, string topic, string ownerId, IReadOnlyList<string> inviteeIds)
    {
        public string Id { get; } = id;
        public string RequestKey { get; } = requestKey;
        public string OwnerId { get; } = ownerId;
        public volatile bool Deleted;

        public Conference AsConference() =>
            new(Id, topic, OwnerId, ConferenceState.Running, RoomBaseUrl + Id, PageUrl: null, inviteeIds);
    }

    public sealed record MintedLink(PersonalLinkRequest Request, PersonalLink Link);

    private sealed class RoomNotFound(string id) : ConferencingException(ConferencingFailure.NotFound, $"No room {id}")
    {
        public override string? ServerReason => null;
    }
}
