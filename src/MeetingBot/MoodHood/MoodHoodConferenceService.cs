using MeetingBot.Conferencing;
using MeetingBot.MoodHood.Api;
using MeetingBot.MoodHood.Wire;
using Microsoft.Extensions.Options;

namespace MeetingBot.MoodHood;

/// <summary>
/// MoodHood as the bot's video backend: one private room per meeting, people admitted only by personal one-time
/// links, "stop" = delete the room (its links die with it). MoodHood has no user directory, no live participant
/// list (its call analytics tell how many, not who) and no guest links; ids of people are the chat's own.
/// </summary>
internal sealed class MoodHoodConferenceService(MoodHoodApiClient api, MoodHoodCallAnalytics analytics, IOptions<MoodHoodOptions> options, TimeProvider clock)
    : IConferenceService, IPersonalLinkIssuer
{
    internal static readonly ConferencingCapabilities MoodHoodCapabilities = new(
        "MoodHood", HasUserDirectory: false, LiveParticipants: false, CanStop: true, Guests: false, PersonalLinks: true, CallHeadcount: true);

    /// <summary>What is left once the space's plan turned out to have no call analytics.</summary>
    internal static readonly ConferencingCapabilities WithoutAnalytics = MoodHoodCapabilities with { CallHeadcount = false };

    private MoodHoodOptions Settings => options.Value;

    public ConferencingCapabilities Capabilities => analytics.Available ? MoodHoodCapabilities : WithoutAnalytics;

    public async Task<Conference> StartConferenceAsync(NewConference request, CancellationToken cancellationToken)
    {
        var type = request.Layout == ConferenceLayout.Moderated ? "webinar" : Settings.RoomType;
        var body = new CreateRoomBody(MoodHoodRoomNames.For(request.Topic, request.RequestKey), type, IsPublic: false, IsChatAllowed: true, IsScreensharingAllowed: true);
        var room = await api.CreateRoomAsync(body, cancellationToken).ConfigureAwait(false);
        return ToConference(room, request.OwnerId, request.InviteeIds);
    }

    public async Task<Conference> GetConferenceAsync(string conferenceId, CancellationToken cancellationToken) =>
        ToConference(await api.GetRoomAsync(conferenceId, cancellationToken).ConfigureAwait(false));

    public async Task<Conference?> FindByRequestKeyAsync(string requestKey, CancellationToken cancellationToken)
    {
        var tag = MoodHoodRoomNames.TagOf(requestKey);
        var rooms = await api.ListRoomsAsync(cancellationToken).ConfigureAwait(false);
        return rooms.FirstOrDefault(room => room.Id is { Length: > 0 } && MoodHoodRoomNames.TagIn(room.Name) == tag) is { } found
            ? ToConference(found)
            : null;
    }

    /// <summary>A room is live as soon as it exists: the call starts when the first person enters.</summary>
    public Task<Conference> RunAsync(Conference conference, CancellationToken cancellationToken) => Task.FromResult(conference);

    public async Task DiscardAsync(string conferenceId, CancellationToken cancellationToken)
    {
        try
        {
            await api.DeleteRoomAsync(conferenceId, cancellationToken).ConfigureAwait(false);
        }
        catch (MoodHoodApiException error) when (error.Failure == ConferencingFailure.NotFound)
        {
            // Already gone.
        }
    }

    /// <summary>
    /// MoodHood has no "end call": deleting the room ends the call and voids its links. A room already gone is
    /// stopped, not an error: a delete cannot tell "deleted before" from "never existed".
    /// </summary>
    public Task StopAsync(string conferenceId, CancellationToken cancellationToken) => DiscardAsync(conferenceId, cancellationToken);

    public Task InviteAsync(string conferenceId, string userId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("MoodHood cannot call a person into a room: people join through personal links (IPersonalLinkIssuer).");

    public Task<IReadOnlyList<ConferenceParticipant>> GetParticipantsAsync(string conferenceId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("MoodHood does not tell who is in a call (Capabilities.LiveParticipants is false).");

    /// <summary>
    /// The rooms the bot made in the space (those whose name carries its tag), all running. MoodHood keeps no owner
    /// of ours on a room, so an owner filter cannot be applied: the caller filters by its own meeting records.
    /// </summary>
    public async Task<ConferencePage> ListAsync(ConferenceQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        if (query.OwnerId is not null)
        {
            throw new NotSupportedException("MoodHood rooms carry no owner: list without an owner and filter by the bot's own meeting records.");
        }

        if (query.State == ConferenceState.Stopped)
        {
            return new ConferencePage(0, []);
        }

        var ours = (await api.ListRoomsAsync(cancellationToken).ConfigureAwait(false))
            .Where(room => room.Id is { Length: > 0 } && MoodHoodRoomNames.TagIn(room.Name) is not null)
            .ToArray();
        var page = ours.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(room => ToConference(room)).ToArray();
        return new ConferencePage(ours.Length, page);
    }

    public async Task<PersonalLink> IssueAsync(PersonalLinkRequest request, CancellationToken cancellationToken)
    {
        var ttl = Settings.LinkTtlSeconds;
        var body = new GenerateAccessBody(request.DisplayName, request.AsModerator ? "moderator" : "user", request.PersonId, request.MeetingRef, ttl);
        var url = await api.GenerateAccessAsync(request.ConferenceId, body, cancellationToken).ConfigureAwait(false);
        return new PersonalLink(url, clock.GetUtcNow().AddSeconds(ttl));
    }

    /// <summary>Owner and invitees are the bot's knowledge, not MoodHood's: a room read back has neither.</summary>
    private Conference ToConference(RoomDto room, string ownerId = "", IReadOnlyList<string>? inviteeIds = null) => new(
        room.Id!, MoodHoodRoomNames.TopicOf(room.Name), ownerId, ConferenceState.Running, PlainRoomUrl(room.Alias), PageUrl: null, inviteeIds ?? []);

    /// <summary>The room's page without any token: it admits nobody to a private room, and is never shown as a Join.</summary>
    private string PlainRoomUrl(string? alias) =>
        alias is { Length: > 0 } ? $"{Settings.WebBaseUrl!.TrimEnd('/')}/room/{Uri.EscapeDataString(alias)}" : string.Empty;
}
