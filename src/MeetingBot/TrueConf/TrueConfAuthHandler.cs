using System.Net;
using System.Net.Http.Headers;
using MeetingBot.TrueConf.Errors;
using Microsoft.Extensions.Options;

namespace MeetingBot.TrueConf;

/// <summary>
/// Puts the cached access token on every TrueConf API call, and when the server reports the token invalid
/// (v4: 401; v3: 403 with reason <c>accessTokenInvalid</c>) fetches a new one and retries exactly once.
/// </summary>
internal sealed class TrueConfAuthHandler(TrueConfTokenProvider tokens, IOptions<TrueConfOptions> options) : DelegatingHandler
{
    // The resilience handler sends the same request again on a retry; the address without a token is kept here.
    private static readonly HttpRequestOptionsKey<Uri> UnauthenticatedUri = new("MeetingBot.TrueConf.UnauthenticatedUri");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!request.Options.TryGetValue(UnauthenticatedUri, out var unauthenticatedUri))
        {
            unauthenticatedUri = request.RequestUri!;
            request.Options.Set(UnauthenticatedUri, unauthenticatedUri);
        }

        var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        Attach(request, unauthenticatedUri, token);

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!await ReportsInvalidTokenAsync(response, cancellationToken).ConfigureAwait(false))
        {
            return response;
        }

        response.Dispose();
        tokens.Invalidate(token);
        var fresh = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        Attach(request, unauthenticatedUri, fresh);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void Attach(HttpRequestMessage request, Uri unauthenticatedUri, string token)
    {
        if (options.Value.SendsTokenInQuery)
        {
            var separator = string.IsNullOrEmpty(unauthenticatedUri.Query) ? "?" : "&";
            request.RequestUri = new Uri(unauthenticatedUri.AbsoluteUri + separator + "access_token=" + Uri.EscapeDataString(token));
            request.Headers.Authorization = null;
        }
        else
        {
            request.RequestUri = unauthenticatedUri;
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    private static async Task<bool> ReportsInvalidTokenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return true;
        }

        if (response.StatusCode != HttpStatusCode.Forbidden)
        {
            return false;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return TrueConfErrorReader.FromApiResponse(403, body).Reason == TrueConfErrorReader.AccessTokenInvalid;
    }
}
