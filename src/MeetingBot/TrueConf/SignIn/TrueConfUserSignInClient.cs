using Flurl.Http;
using MeetingBot.Conferencing;
using MeetingBot.TrueConf.Errors;
using MeetingBot.TrueConf.Wire;
using Microsoft.Extensions.Options;

namespace MeetingBot.TrueConf.SignIn;

/// <summary>
/// The user's side of TrueConf's OAuth: exchanges an authorization code (with its PKCE verifier) for a token of
/// that user and asks the server who the token belongs to. The token is used for that one question and dropped.
/// </summary>
internal sealed class TrueConfUserSignInClient(TrueConfHttpClients http, IOptions<TrueConfOptions> options)
{
    public async Task<ConferenceUser> SignedInUserAsync(string code, string codeVerifier, string redirectUri, CancellationToken cancellationToken)
    {
        var accessToken = await ExchangeAsync(code, codeVerifier, redirectUri, cancellationToken).ConfigureAwait(false);
        return await WhoAmIAsync(accessToken, cancellationToken).ConfigureAwait(false);
    }

    private Task<string> ExchangeAsync(string code, string codeVerifier, string redirectUri, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        return TrueConfCall.RunAsync(settings.RequestTimeout, async () =>
        {
            // v4 has its own JSON token endpoint that names the code auth_code; the v1 endpoint takes RFC 6749's form.
            using var response = settings.IsV4
                ? await http.Token.Request("api", "v4", "oauth2", "token").AllowAnyHttpStatus()
                    .PostJsonAsync(new AuthorizationCodeRequestV4("authorization_code", code, settings.ClientId!, settings.ClientSecret!, redirectUri, codeVerifier),
                        cancellationToken: cancellationToken).ConfigureAwait(false)
                : await http.Token.Request("oauth2", "v1", "token").AllowAnyHttpStatus()
                    .PostUrlEncodedAsync(new Dictionary<string, string>
                    {
                        ["grant_type"] = "authorization_code",
                        ["code"] = code,
                        ["redirect_uri"] = redirectUri,
                        ["code_verifier"] = codeVerifier,
                        ["client_id"] = settings.ClientId!,
                        ["client_secret"] = settings.ClientSecret!,
                    }, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != 200)
            {
                throw TrueConfErrorReader.FromTokenResponse(response.StatusCode, await response.GetStringAsync().ConfigureAwait(false));
            }

            var token = await response.GetJsonAsync<TokenResponse>().ConfigureAwait(false);
            return string.IsNullOrEmpty(token?.AccessToken)
                ? throw new TrueConfUnavailableException("The TrueConf token endpoint answered without an access token", 200)
                : token.AccessToken;
        }, cancellationToken);
    }

    // GET /api/v4/me is the one documented "who am I" call (reference §2, v4 / TrueConf Server 5.5.3+).
    private Task<ConferenceUser> WhoAmIAsync(string accessToken, CancellationToken cancellationToken) =>
        TrueConfCall.RunAsync(options.Value.RequestTimeout, async () =>
        {
            using var response = await http.Token.Request("api", "v4", "me").WithOAuthBearerToken(accessToken).AllowAnyHttpStatus()
                .GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != 200)
            {
                throw TrueConfErrorReader.FromApiResponse(response.StatusCode, await response.GetStringAsync().ConfigureAwait(false));
            }

            var envelope = await response.GetJsonAsync<UserEnvelope>().ConfigureAwait(false);
            return envelope?.User is { } user
                ? TrueConfUserDirectory.ToUser(user)
                : throw new TrueConfUnavailableException("TrueConf answered /me without a user", 200);
        }, cancellationToken);
}
