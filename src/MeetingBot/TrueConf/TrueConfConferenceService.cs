using MeetingBot.Conferencing;
using MeetingBot.TrueConf.Errors;
using MeetingBot.TrueConf.Wire;
using Microsoft.Extensions.Options;
using static MeetingBot.TrueConf.TrueConfConferenceMapping;

namespace MeetingBot.TrueConf;

/// <summary>Meetings on TrueConf Server: a virtual room (schedule −1) created and run at once.</summary>
internal sealed class TrueConfConferenceService(TrueConfApiClient api, IOptions<TrueConfOptions> options) : IConferenceService
{
    private static readonly ConferencingCapabilities TrueConfCapabilities =
        new("TrueConf", HasUserDirectory: true, LiveParticipants: true, CanStop: true, Guests: true, PersonalLinks: false);

    public ConferencingCapabilities Capabilities => TrueConfCapabilities;

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
        return conference with { State = IsRunning(state ?? "running") ? ConferenceState.Running : ConferenceState.Stopped };
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

    public async Task StopAsync(string conferenceId, CancellationToken cancellationToken)
    {
        try
        {
            await api.StopConferenceAsync(conferenceId, cancellationToken).ConfigureAwait(false);
        }
        catch (TrueConfApiException error) when (error.StatusCode is 400 or 409)
        {
            // What a server answers for stopping a stopped conference is unpublished (reference §13.6): the
            // refusal stands only when the conference is still running.
            var current = await api.GetConferenceAsync(conferenceId, cancellationToken).ConfigureAwait(false);
            if (TrueConfConferenceMapping.IsRunning(current.State))
            {
                throw;
            }
        }
    }

    public async Task<IReadOnlyList<ConferenceParticipant>> GetParticipantsAsync(string conferenceId, CancellationToken cancellationToken)
    {
        var participants = await api.GetParticipantsAsync(conferenceId, cancellationToken).ConfigureAwait(false);
        var invitations = await api.GetInvitationsAsync(conferenceId, cancellationToken).ConfigureAwait(false);
        return TrueConfConferenceMapping.MergeParticipants(participants, invitations);
    }

    public async Task<ConferencePage> ListAsync(ConferenceQuery query, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        var state = query.State is { } wanted ? TrueConfConferenceMapping.StateName(wanted) : null;
        var owner = query.OwnerId is null ? null : TrueConfIds.WithoutServer(query.OwnerId);
        var page = await api.ListConferencesAsync(state, owner, query.Page, query.PageSize, cancellationToken).ConfigureAwait(false);

        var conferences = new List<Conference>(page.Conferences?.Count ?? 0);
        foreach (var dto in page.Conferences ?? [])
        {
            if (dto.Id is null)
            {
                continue;
            }

            // Some servers leave links out of list answers: such an entry comes without a join link rather than costing a
            // read per conference (the watcher lists thousands; whoever shows one asks for its link).
            conferences.Add(ToConference(dto with { WebclientUrl = dto.WebclientUrl ?? string.Empty }));
        }

        return new ConferencePage(page.Count, conferences);
    }

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

}
