using Flurl.Http;
using MeetingBot.Conferencing;
using MeetingBot.Hosting;
using MeetingBot.MoodHood.Wire;
using Microsoft.Extensions.Options;

namespace MeetingBot.MoodHood.Api;

/// <summary>The MoodHood REST calls the bot makes (reference §5), in the configured space, with typed errors.</summary>
internal sealed class MoodHoodApiClient(MoodHoodHttpClients http, MoodHoodTokenProvider tokens, IOptions<MoodHoodOptions> options)
{
    private MoodHoodOptions Settings => options.Value;

    private string? _apiRoot;

    /// <summary><c>{api}/v1</c>, built once: the options do not change while the bot runs.</summary>
    private string ApiRoot => _apiRoot ??= Settings.ApiBaseUrl!.TrimEnd('/') + "/v1";

    public Task<RoomDto> CreateRoomAsync(CreateRoomBody body, CancellationToken cancellationToken) =>
        SendAsync(Space("rooms"), HttpMethod.Post, body, ReadRoomAsync, cancellationToken);

    public Task<RoomDto> GetRoomAsync(string roomId, CancellationToken cancellationToken) =>
        SendAsync(Space("rooms", roomId), HttpMethod.Get, null, ReadRoomAsync, cancellationToken);

    /// <summary>
    /// The space's rooms as one answer. The list's paging parameters are undocumented (reference §9), so none are
    /// sent: what the server puts in its first answer is what the bot sees.
    /// </summary>
    public Task<IReadOnlyList<RoomDto>> ListRoomsAsync(CancellationToken cancellationToken) =>
        SendAsync(Space("rooms"), HttpMethod.Get, null, async response =>
            (IReadOnlyList<RoomDto>)((await response.GetJsonAsync<RoomList>().ConfigureAwait(false))?.Items ?? []), cancellationToken);

    public Task<bool> DeleteRoomAsync(string roomId, CancellationToken cancellationToken) =>
        SendAsync(Space("rooms", roomId), HttpMethod.Delete, null, _ => Task.FromResult(true), cancellationToken);

    /// <summary>A one-time link to the room for one person (§5.8). Sent once: every call makes a new link.</summary>
    public Task<string> GenerateAccessAsync(string roomId, GenerateAccessBody body, CancellationToken cancellationToken) =>
        SendAsync(Space("rooms", roomId, "generate-access"), HttpMethod.Post, body, async response =>
            (await response.GetJsonAsync<AccessAnswer>().ConfigureAwait(false))?.Url is { Length: > 0 } url
                ? url
                : throw new MoodHoodApiException(ConferencingFailure.Unreachable, "MoodHood answered generate-access without a url", response.StatusCode),
            cancellationToken);

    /// <summary>
    /// The room's calls from the space's call analytics (§5.13), running and finished. Only <c>roomId</c> is sent: the
    /// reference names <c>date</c> too without saying it is required (ASSUMED optional), and a call that began
    /// before midnight UTC still runs after it.
    /// </summary>
    public Task<IReadOnlyList<CallDto>> ListCallsAsync(string roomId, CancellationToken cancellationToken) =>
        SendAsync(Space("analytics", "calls").SetQueryParam("roomId", roomId), HttpMethod.Get, null, async response =>
            (IReadOnlyList<CallDto>)((await response.GetJsonAsync<CallList>().ConfigureAwait(false))?.Items ?? []), cancellationToken);

    /// <summary>The account the token belongs to: a cheap authenticated read to check that the API is usable.</summary>
    public Task<bool> GetMeAsync(CancellationToken cancellationToken) =>
        SendAsync(Request("users", "me"), HttpMethod.Get, null, _ => Task.FromResult(true), cancellationToken);

    private static async Task<RoomDto> ReadRoomAsync(IFlurlResponse response) =>
        await response.GetJsonAsync<RoomDto>().ConfigureAwait(false) is { Id.Length: > 0 } room
            ? room
            : throw new MoodHoodApiException(ConferencingFailure.Unreachable, "MoodHood answered without a room id", response.StatusCode);

    private IFlurlRequest Space(params string[] segments) => Request(["spaces", Settings.SpaceId!, .. segments]);

    private IFlurlRequest Request(params string[] segments) =>
        http.Api.RequestEscaped(FlurlRequests.EscapedUrl(ApiRoot, segments)).AllowAnyHttpStatus();

    private Task<T> SendAsync<T>(IFlurlRequest request, HttpMethod method, object? body, Func<IFlurlResponse, Task<T>> read, CancellationToken cancellationToken) =>
        MoodHoodCall.RunAsync(Settings.Timeout, async () =>
        {
            using var response = body is null
                ? await request.SendAsync(method, cancellationToken: cancellationToken).ConfigureAwait(false)
                : await request.SendJsonAsync(method, body, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is < 200 or > 299)
            {
                throw MoodHoodErrorReader.FromApiResponse(
                    response.StatusCode, await response.GetStringAsync().ConfigureAwait(false), RetryAfterOf(response), tokens.Secrets);
            }

            return await read(response).ConfigureAwait(false);
        }, cancellationToken);

    private static TimeSpan? RetryAfterOf(IFlurlResponse response) =>
        response.ResponseMessage.Headers.RetryAfter is { } retryAfter
            ? retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : null)
            : null;
}
