using MeetingBot.Conferencing;
using MeetingBot.TrueConf.Errors;
using MeetingBot.TrueConf.Wire;
using Microsoft.Extensions.Options;

namespace MeetingBot.TrueConf;

/// <summary>Meetings on TrueConf Server: a virtual room (schedule −1) created and run at once.</summary>
internal sealed class TrueConfConferenceService(TrueConfApiClient api, IOptions<TrueConfOptions> options) : IConferenceService
{
    public ConferencingCapabilities Capabilities { get; } = new("TrueConf", HasUserDirectory: true, LiveParticipants: true, CanStop: true, Guests: true, PersonalLinks: false);

    public async Task<Conference> StartConferenceAsync(NewConference request, CancellationToken cancellationToken)
    {
        var created = await api.CreateConferenceAsync(CreateBody(request), cancellationToken).ConfigureAwait(false);
        var conferenceId = created.Id ?? throw new TrueConfUnavailableException("TrueConf created a conference without an id");
        var state = await api.RunConferenceAsync(conferenceId, cancellationToken).ConfigureAwait(false);
        // "run" answers only the state; the links come from the create answer (reference §6.6).
        return ToConference(created with { State = state ?? "running" });
    }

    public async Task<Conference> GetConferenceAsync(string conferenceId, CancellationToken cancellationToken) =>
        ToConference(await api.GetConferenceAsync(conferenceId, cancellationToken).ConfigureAwait(false));

    public async Task<Conference?> FindByRequestKeyAsync(string requestKey, CancellationToken cancellationToken)
    {
        var tag = TrueConfIds.RequestTag(requestKey);
        var found = await api.FindConferencesByTagAsync(tag, cancellationToken).ConfigureAwait(false);
        // Some list answers leave links out: read the conference itself for its webclient_url.
        return found.FirstOrDefault(conference => conference.Id is not null) is { } match
            ? match.WebclientUrl is null ? await GetConferenceAsync(match.Id!, cancellationToken).ConfigureAwait(false) : ToConference(match)
            : null;
    }

    public async Task<Conference> RunAsync(Conference conference, CancellationToken cancellationToken)
    {
        if (conference.State == ConferenceState.Running)
        {
            return conference;
        }

        var state = await api.RunConferenceAsync(conference.Id, cancellationToken).ConfigureAwait(false);
        return conference with { State = string.Equals(state ?? "running", "running", StringComparison.OrdinalIgnoreCase) ? ConferenceState.Running : ConferenceState.Stopped };
    }

    public async Task DiscardAsync(string conferenceId, CancellationToken cancellationToken)
    {
        try
        {
            await api.StopConferenceAsync(conferenceId, cancellationToken).ConfigureAwait(false);
        }
        catch (TrueConfApiException error) when (error.StatusCode is 400 or 409)
        {
            // Not running: nothing to stop.
        }

        try
        {
            await api.DeleteConferenceAsync(conferenceId, cancellationToken).ConfigureAwait(false);
        }
        catch (TrueConfApiException error) when (error.StatusCode == 404)
        {
            // Already gone.
        }
    }

    public Task InviteAsync(string conferenceId, string userId, CancellationToken cancellationToken) =>
        api.InviteParticipantAsync(conferenceId, TrueConfIds.WithoutServer(userId), cancellationToken);

    private object CreateBody(NewConference request)
    {
        // The owner is not invited automatically; a client-credentials token has no user, so the owner is explicit.
        var invitations = new[] { request.OwnerId }.Concat(request.InviteeIds)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(id => new InvitationRef(id))
            .ToArray();

        if (options.Value.IsV4)
        {
            var mode = request.Layout switch
            {
                ConferenceLayout.SmartMeeting => "S|L Auto",
                ConferenceLayout.Moderated => "S|L",
                _ => "PxP",
            };
            return new CreateConferenceV4(request.Topic, request.OwnerId, mode, 1, new ScheduleV4("none"), invitations,
                request.AllowGuests ? "public" : "private", request.AllowGuests, [TrueConfIds.RequestTag(request.RequestKey)]);
        }

        var (type, vad) = request.Layout switch
        {
            ConferenceLayout.SmartMeeting => (3, (int?)1),
            ConferenceLayout.Moderated => (3, 0),
            _ => (0, null),
        };
        return new CreateConferenceV3(request.Topic, request.OwnerId, type, 1, new ScheduleV3(-1), invitations, request.AllowGuests, vad,
            [TrueConfIds.RequestTag(request.RequestKey)]);
    }

    private static Conference ToConference(ConferenceDto dto) => new(
        dto.Id ?? string.Empty,
        dto.Topic ?? string.Empty,
        TrueConfIds.WithoutServer(dto.Owner),
        string.Equals(dto.State, "running", StringComparison.OrdinalIgnoreCase) ? ConferenceState.Running : ConferenceState.Stopped,
        dto.WebclientUrl ?? throw new TrueConfUnavailableException("TrueConf answered without a webclient_url"),
        dto.Url,
        dto.Invitations?.Select(invitation => TrueConfIds.WithoutServer(invitation.Id)).ToArray() ?? []);
}
