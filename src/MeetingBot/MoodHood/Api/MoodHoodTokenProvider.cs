using Flurl.Http;
using MeetingBot.Conferencing;
using MeetingBot.MoodHood.Wire;
using Microsoft.Extensions.Options;

namespace MeetingBot.MoodHood.Api;

/// <summary>
/// The bearer token for MoodHood API calls: the personal token as it is, or else a user token got by signing in
/// (client credentials, then the password grant carrying the client token; reference §4, §5.1). A user token is kept
/// until the API refuses it; callers that ask while a sign-in runs share that one sign-in.
/// </summary>
internal sealed class MoodHoodTokenProvider(MoodHoodHttpClients http, IOptions<MoodHoodOptions> options)
{
    private readonly Lock _gate = new();
    private Task<string>? _signIn;

    private MoodHoodOptions Settings => options.Value;

    /// <summary>False for a personal token: there is nothing to sign in again with, so a refused one stays refused.</summary>
    public bool CanRenew => !Settings.UsesPersonalToken;

    /// <summary>The secrets whose text must never reach a log or a user.</summary>
    public IEnumerable<string?> Secrets
    {
        get
        {
            yield return Settings.PersonalToken;
            yield return Settings.ClientSecret;
            yield return Settings.Password;
            if (Volatile.Read(ref _signIn) is { IsCompletedSuccessfully: true } signedIn)
            {
                yield return signedIn.Result;
            }
        }
    }

    public Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Settings.UsesPersonalToken)
        {
            return Task.FromResult(Settings.PersonalToken!);
        }

        lock (_gate)
        {
            if (_signIn is null || _signIn.IsFaulted || _signIn.IsCanceled)
            {
                // Not the caller's token: the sign-in is shared, and one caller giving up must not fail the others.
                _signIn = SignInAsync(CancellationToken.None);
            }

            return _signIn.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Forgets <paramref name="token"/> if it is still the current one (the API refused it).</summary>
    public void Invalidate(string token)
    {
        lock (_gate)
        {
            if (_signIn is { IsCompletedSuccessfully: true } current && current.Result == token)
            {
                _signIn = null;
            }
        }
    }

    private async Task<string> SignInAsync(CancellationToken cancellationToken)
    {
        var settings = Settings;
        var clientToken = await RequestAsync(
            new ClientCredentialsGrant(settings.ClientId!, settings.ClientSecret!, "client_credentials"), null, cancellationToken).ConfigureAwait(false);
        return await RequestAsync(
            new PasswordGrant(settings.ClientId!, settings.ClientSecret!, "password", settings.Username!, settings.Password!), clientToken, cancellationToken).ConfigureAwait(false);
    }

    private Task<string> RequestAsync(object grant, string? clientToken, CancellationToken cancellationToken) =>
        MoodHoodCall.RunAsync(Settings.Timeout, async () =>
        {
            var request = http.Token.Request("v1", "auth", "token").AllowAnyHttpStatus();
            if (clientToken is not null)
            {
                request = request.WithOAuthBearerToken(clientToken);
            }

            using var response = await request.PostJsonAsync(grant, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is < 200 or > 299)
            {
                throw MoodHoodErrorReader.FromTokenResponse(
                    response.StatusCode, await response.GetStringAsync().ConfigureAwait(false), response.ResponseMessage.Headers.RetryAfter?.Delta, Secrets);
            }

            var answer = await response.GetJsonAsync<TokenAnswer>().ConfigureAwait(false);
            return string.IsNullOrEmpty(answer?.AccessToken)
                ? throw new MoodHoodApiException(ConferencingFailure.Unreachable, "The MoodHood token endpoint answered without an access token", response.StatusCode)
                : answer.AccessToken;
        }, cancellationToken);
}
