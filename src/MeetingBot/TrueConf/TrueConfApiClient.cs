using Flurl.Http;
using MeetingBot.Hosting;
using MeetingBot.TrueConf.Errors;
using MeetingBot.TrueConf.Wire;
using Microsoft.Extensions.Options;

namespace MeetingBot.TrueConf;

/// <summary>The TrueConf Server REST calls the bot makes, with TrueConf's answers and errors as typed results.</summary>
internal sealed class TrueConfApiClient(TrueConfHttpClients http, IOptions<TrueConfOptions> options)
{
    private TrueConfOptions Settings => options.Value;

    private string? _apiRoot;

    /// <summary><c>{server}/api/{version}</c>, built once: the options do not change while the bot runs.</summary>
    private string ApiRoot => _apiRoot ??= $"{Settings.ServerUrl!.TrimEnd('/')}/api/{Uri.EscapeDataString(Settings.ApiVersion)}";

    public Task<ConferenceDto> CreateConferenceAsync(object body, CancellationToken cancellationToken) =>
        SendAsync(Api("conferences"), HttpMethod.Post, body, async response =>
            (await response.GetJsonAsync<ConferenceEnvelope>().ConfigureAwait(false))?.Conference
            ?? throw new TrueConfUnavailableException("TrueConf answered the create call without a conference"), cancellationToken);

    public Task<string?> RunConferenceAsync(string conferenceId, CancellationToken cancellationToken) =>
        SendAsync(Api("conferences", conferenceId, "run"), HttpMethod.Post, null, async response =>
            (await response.GetJsonAsync<StateEnvelope>().ConfigureAwait(false))?.State, cancellationToken);

    public Task<ConferenceDto> GetConferenceAsync(string conferenceId, CancellationToken cancellationToken) =>
        SendAsync(Api("conferences", conferenceId), HttpMethod.Get, null, async response =>
            (await response.GetJsonAsync<ConferenceEnvelope>().ConfigureAwait(false))?.Conference
            ?? throw new TrueConfUnavailableException("TrueConf answered without a conference"), cancellationToken);

    /// <summary>The first conferences carrying <paramref name="tag"/> (the bot tags each conference with its command).</summary>
    public Task<IReadOnlyList<ConferenceDto>> FindConferencesByTagAsync(string tag, CancellationToken cancellationToken) =>
        SendAsync(Api("conferences").SetQueryParam("tag", tag).SetQueryParam("page_size", 10), HttpMethod.Get, null, async response =>
            (IReadOnlyList<ConferenceDto>)((await response.GetJsonAsync<ConferenceListPage>().ConfigureAwait(false))?.Conferences ?? []), cancellationToken);

    /// <summary>One page of the conference list; <paramref name="state"/> (<c>running</c>/<c>stopped</c>) and <paramref name="owner"/> filter when given.</summary>
    public Task<ConferenceListPage> ListConferencesAsync(string? state, string? owner, int page, int pageSize, CancellationToken cancellationToken)
    {
        var request = Api("conferences")
            .SetQueryParam(Settings.IsV4 ? "page" : "page_id", page)
            .SetQueryParam("page_size", pageSize);
        if (state is not null)
        {
            request = request.SetQueryParam("state", state);
        }

        if (owner is not null)
        {
            request = request.SetQueryParam("owner", owner);
        }

        return SendAsync(request, HttpMethod.Get, null, async response =>
            await response.GetJsonAsync<ConferenceListPage>().ConfigureAwait(false) ?? new ConferenceListPage(0, []), cancellationToken);
    }

    /// <summary>
    /// People in the running conference or being called into it. v3 answers one list; v4 pages it
    /// (<c>page</c>, <c>page_size</c>, <c>cnt</c>), so v4 pages are read until <c>cnt</c> is reached (bounded).
    /// </summary>
    public async Task<IReadOnlyList<ParticipantDto>> GetParticipantsAsync(string conferenceId, CancellationToken cancellationToken)
    {
        const int MaxPages = 20;
        const int PageSize = 200;
        var participants = new List<ParticipantDto>();
        for (var page = 1; page <= MaxPages; page++)
        {
            var request = Api("conferences", conferenceId, "participants");
            if (Settings.IsV4)
            {
                request = request.SetQueryParam("page", page).SetQueryParam("page_size", PageSize);
            }

            var list = await SendAsync(request, HttpMethod.Get, null, response => response.GetJsonAsync<ParticipantList>(), cancellationToken).ConfigureAwait(false);
            var items = list?.Participants ?? [];
            participants.AddRange(items);
            if (!Settings.IsV4 || items.Count == 0 || participants.Count >= (list?.Count ?? 0))
            {
                break;
            }
        }

        return participants;
    }

    /// <summary>The planned participant list (reference §7).</summary>
    public Task<IReadOnlyList<InvitationDto>> GetInvitationsAsync(string conferenceId, CancellationToken cancellationToken) =>
        SendAsync(Api("conferences", conferenceId, "invitations"), HttpMethod.Get, null, async response =>
            (IReadOnlyList<InvitationDto>)((await response.GetJsonAsync<InvitationList>().ConfigureAwait(false))?.Invitations ?? []), cancellationToken);

    public Task<string?> StopConferenceAsync(string conferenceId, CancellationToken cancellationToken) =>
        SendAsync(Api("conferences", conferenceId, "stop"), HttpMethod.Post, null, async response =>
            (await response.GetJsonAsync<StateEnvelope>().ConfigureAwait(false))?.State, cancellationToken);

    public Task<bool> DeleteConferenceAsync(string conferenceId, CancellationToken cancellationToken) =>
        SendAsync(Api("conferences", conferenceId), HttpMethod.Delete, null, _ => Task.FromResult(true), cancellationToken);

    public Task<bool> InviteParticipantAsync(string conferenceId, string userId, CancellationToken cancellationToken) =>
        Settings.IsV4
            ? SendAsync(Api("conferences", conferenceId, "invite"), HttpMethod.Post, new InviteParticipantsV4([userId]), _ => Task.FromResult(true), cancellationToken)
            : SendAsync(Api("conferences", conferenceId, "participants"), HttpMethod.Post, new InviteParticipantV3(userId), _ => Task.FromResult(true), cancellationToken);

    /// <summary>One page of the conference list; used to check that the API answers.</summary>
    public Task<bool> ListConferencesPageAsync(int pageSize, CancellationToken cancellationToken) =>
        SendAsync(Api("conferences").SetQueryParam("page_id", 1).SetQueryParam("page_size", pageSize), HttpMethod.Get, null, _ => Task.FromResult(true), cancellationToken);

    /// <summary>The user with this id, or null when TrueConf answers 404.</summary>
    public async Task<UserDto?> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(Api("users", userId), HttpMethod.Get, null, async response =>
                (await response.GetJsonAsync<UserEnvelope>().ConfigureAwait(false))?.User, cancellationToken).ConfigureAwait(false);
        }
        catch (TrueConfApiException error) when (error.StatusCode == 404)
        {
            return null;
        }
    }

    /// <summary>Every user matching the filter, following <c>next_page_id</c> until −1 (bounded).</summary>
    public async Task<IReadOnlyList<UserDto>> SearchUsersAsync(string filterName, string filterValue, CancellationToken cancellationToken)
    {
        const int MaxPages = 20;
        var users = new List<UserDto>();
        var pageId = 1;
        for (var page = 0; page < MaxPages && pageId > 0; page++)
        {
            var request = Api("users").SetQueryParam(filterName, filterValue).SetQueryParam("page_id", pageId).SetQueryParam("page_size", 200);
            var result = await SendAsync(request, HttpMethod.Get, null, response => response.GetJsonAsync<UserPage>(), cancellationToken).ConfigureAwait(false);
            users.AddRange(result?.Users ?? []);
            pageId = result?.NextPageId ?? -1;
        }

        return users;
    }

    private IFlurlRequest Api(params string[] segments) =>
        http.Api.RequestEscaped(FlurlRequests.EscapedUrl(ApiRoot, segments)).AllowAnyHttpStatus();

    private Task<T> SendAsync<T>(IFlurlRequest request, HttpMethod method, object? body, Func<IFlurlResponse, Task<T>> read, CancellationToken cancellationToken) =>
        TrueConfCall.RunAsync(Settings.RequestTimeout, async () =>
        {
            using var response = body is null
                ? await request.SendAsync(method, cancellationToken: cancellationToken).ConfigureAwait(false)
                : await request.SendJsonAsync(method, body, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is < 200 or > 299)
            {
                throw TrueConfErrorReader.FromApiResponse(response.StatusCode, await response.GetStringAsync().ConfigureAwait(false));
            }

            return await read(response).ConfigureAwait(false);
        }, cancellationToken);
}
