using System.Net;
using System.Net.Http.Headers;

namespace MeetingBot.MoodHood.Api;

/// <summary>
/// Puts the bearer token on every MoodHood API call; when the API answers 401 it signs in again and repeats the call
/// exactly once (a refused call made nothing, so even a create may be repeated). A second 401 stands.
/// </summary>
internal sealed class MoodHoodAuthHandler(MoodHoodTokenProvider tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Unauthorized || !tokens.CanRenew)
        {
            return response;
        }

        response.Dispose();
        tokens.Invalidate(token);
        var fresh = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
