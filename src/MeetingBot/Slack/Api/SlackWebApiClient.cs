using System.Net.Http.Headers;
using System.Text.Json;
using Flurl.Http;
using MeetingBot.Hosting;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Slack.Api;

/// <summary>
/// The Slack Web API calls the bot makes, over one HTTP pipeline, with Slack's answers as typed results and every
/// failure as a <see cref="SlackApiException"/> (Slack answers errors with HTTP 200 and <c>ok: false</c>).
/// Writes are sent once: a <c>chat.postMessage</c> sent again after a lost answer would post twice, so the callers'
/// outbox decides. Reads are tried once more after a transient failure.
/// </summary>
public sealed class SlackWebApiClient
{
    internal const string HttpClientName = "Slack.Api";

    internal const string ResponseUrlMethod = "response_url";
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };
    private static readonly TimeSpan UserLifetime = TimeSpan.FromMinutes(10);

    // A 429 without Retry-After (Slack always sends one; a proxy might not) still pauses the method briefly.
    private static readonly TimeSpan RateLimitWaitWhenUnsaid = TimeSpan.FromSeconds(1);

    private readonly Lazy<IFlurlClient> _client;
    private readonly IOptions<SlackOptions> _options;
    private readonly IMemoryCache _cache;
    private readonly SlackMethodCooldowns _cooldowns;
    private readonly SlackTokenStatus _tokens;
    private readonly ILogger<SlackWebApiClient> _logger;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<SlackUser?>> _userLookups = new(StringComparer.Ordinal);
    private Task<SlackIdentity>? _identityLookup;
    private SlackIdentity? _identity;
    private string? _apiRoot;

    internal SlackWebApiClient(
        IHttpClientFactory factory,
        IOptions<SlackOptions> options,
        IMemoryCache cache,
        TimeProvider clock,
        SlackTokenStatus tokens,
        ILogger<SlackWebApiClient> logger)
    {
        _options = options;
        _cache = cache;
        _cooldowns = new SlackMethodCooldowns(clock);
        _tokens = tokens;
        _logger = logger;
        _client = new(() => new FlurlClient(factory.CreateClient(HttpClientName))
            .WithSettings(settings => settings.Timeout = options.Value.RequestTimeout));
    }

    // Built once: the options do not change while the bot runs.
    private string ApiRoot => _apiRoot ??= SlackApiRoot.Of(_options.Value);

    /// <summary>
    /// Who the bot is (<c>auth.test</c>); asked once, then remembered for the life of the process. Callers that ask
    /// while the first answer is on its way share it (a burst of first commands makes one call, not one each).
    /// </summary>
    public Task<SlackIdentity> GetIdentityAsync(CancellationToken cancellationToken)
    {
        if (_identity is { } known)
        {
            return Task.FromResult(known);
        }

        var lookup = Volatile.Read(ref _identityLookup);
        if (lookup is null || lookup.IsFaulted || lookup.IsCanceled)
        {
            var started = LookUpIdentityAsync();
            lookup = Interlocked.CompareExchange(ref _identityLookup, started, lookup) == lookup ? started : _identityLookup!;
        }

        return lookup.WaitAsync(cancellationToken);
    }

    private async Task<SlackIdentity> LookUpIdentityAsync()
    {
        const string Method = "auth.test";
        var answer = await ReadAsync(Method, HttpMethod.Post, query: null, CancellationToken.None).ConfigureAwait(false);
        if (answer.UserId is not { Length: > 0 } userId || answer.TeamId is not { Length: > 0 } teamId)
        {
            throw new SlackApiException(Method, "invalid_response", isTransient: false);
        }

        return _identity = new SlackIdentity(userId, answer.BotId ?? string.Empty, teamId);
    }

    /// <summary>
    /// The member with this id (cached for ten minutes), or null when Slack does not know them. Callers asking for the
    /// same member while a lookup is on its way share it.
    /// </summary>
    public Task<SlackUser?> GetUserAsync(string userId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue((nameof(SlackUser), userId), out SlackUser? cached) && cached is not null)
        {
            return Task.FromResult<SlackUser?>(cached);
        }

        while (true)
        {
            if (_userLookups.TryGetValue(userId, out var running))
            {
                return running.WaitAsync(cancellationToken);
            }

            // Registered before the call starts, so a lookup that finishes at once cannot leave its answer behind.
            var lookup = new TaskCompletionSource<SlackUser?>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_userLookups.TryAdd(userId, lookup.Task))
            {
                _ = LookUpUserAsync(userId, lookup);
                return lookup.Task.WaitAsync(cancellationToken);
            }
        }
    }

    private async Task LookUpUserAsync(string userId, TaskCompletionSource<SlackUser?> lookup)
    {
        SlackUser? user = null;
        Exception? failure = null;
        try
        {
            user = await FetchUserAsync(userId).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            failure = error;
        }

        // Out of the in-flight map before anybody hears the answer: whoever asks next asks Slack (or the cache) again.
        _userLookups.TryRemove(new KeyValuePair<string, Task<SlackUser?>>(userId, lookup.Task));
        if (failure is null)
        {
            lookup.SetResult(user);
        }
        else
        {
            lookup.SetException(failure);
        }
    }

    private async Task<SlackUser?> FetchUserAsync(string userId)
    {
        var key = (nameof(SlackUser), userId);
        SlackApiResponse answer;
        try
        {
            answer = await ReadAsync("users.info", HttpMethod.Get, "?user=" + Uri.EscapeDataString(userId) + "&include_locale=true", CancellationToken.None)
                .ConfigureAwait(false);
        }
        catch (SlackApiException error) when (error.Error == SlackErrorCodes.UserNotFound)
        {
            return null;
        }

        if (answer.UserObject is not { } wire)
        {
            throw new SlackApiException("users.info", "invalid_response", isTransient: false);
        }

        var user = new SlackUser(
            wire.Id ?? userId,
            wire.Name ?? string.Empty,
            NullIfEmpty(wire.RealName ?? wire.Profile?.RealName),
            NullIfEmpty(wire.Profile?.DisplayName),
            NullIfEmpty(wire.Profile?.Email),
            wire.IsBot,
            wire.Deleted,
            NullIfEmpty(wire.Tz),
            NullIfEmpty(wire.Locale));
        _cache.Set(key, user, UserLifetime);
        return user;
    }

    /// <summary>One page (up to 200) of the conversation's member ids; pass the previous page's cursor for the next.</summary>
    public async Task<SlackMembersPage> GetMembersAsync(string channelId, string? cursor, CancellationToken cancellationToken)
    {
        var query = "?channel=" + Uri.EscapeDataString(channelId) + "&limit=200"
                    + (string.IsNullOrEmpty(cursor) ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor));
        var answer = await ReadAsync("conversations.members", HttpMethod.Get, query, cancellationToken).ConfigureAwait(false);
        return new SlackMembersPage(answer.Members ?? [], NullIfEmpty(answer.ResponseMetadata?.NextCursor));
    }

    /// <summary>
    /// Calls a write method (<c>chat.postMessage</c>, <c>chat.update</c>, <c>views.publish</c>, <c>calls.add</c>, …)
    /// with a JSON body, once. On <c>calls.*</c>, <c>inactive_call</c> and <c>bad_users</c> are answers, not failures
    /// (Slack sends them with <c>ok: true</c>): the call returns normally, and so does any <c>ok: true</c> with an error.
    /// </summary>
    public async Task<SlackMethodResult> CallAsync(string method, byte[] jsonBody, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(method, HttpMethod.Post, null, jsonBody, SlackTokenKind.Bot, cancellationToken).ConfigureAwait(false);
        return new SlackMethodResult(answer.Ts ?? answer.MessageTs, answer.ChannelId, answer.Call?.Id);
    }

    /// <summary>Posts a reply to a <c>response_url</c> as Slack gave it (the URL is its own credential: no token goes with it).</summary>
    public async Task PostToResponseUrlAsync(string responseUrl, byte[] jsonBody, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            throw new SlackApiException(ResponseUrlMethod, "invalid_response_url", isTransient: false);
        }

        using var content = JsonContent(jsonBody);
        using var response = await ExchangeAsync(ResponseUrlMethod, HttpMethod.Post, _client.Value.RequestEscaped(address.AbsoluteUri), content, cancellationToken)
            .ConfigureAwait(false);
        var status = response.StatusCode;
        if (status is >= 200 and <= 299)
        {
            return;
        }

        // Slack names the problem in a plain-text body (expired_url, used_url, invalid_payload, …).
        var text = (await response.GetStringAsync().ConfigureAwait(false)).Trim();
        var error = IsErrorCode(text) ? text : SlackErrorCodes.ForHttpStatus(status);
        throw new SlackApiException(ResponseUrlMethod, error, SlackErrorCodes.IsTransientStatus(status), status == 429 ? RetryAfterOf(response) : null);
    }

    /// <summary>Asks for a Socket Mode address (<c>apps.connections.open</c>, with the app-level token); each one is good for one connection.</summary>
    public async Task<Uri> OpenSocketAsync(CancellationToken cancellationToken)
    {
        const string Method = "apps.connections.open";
        var answer = await SendAsync(Method, HttpMethod.Post, null, null, SlackTokenKind.App, cancellationToken).ConfigureAwait(false);
        return Uri.TryCreate(answer.Url, UriKind.Absolute, out var url)
            ? url
            : throw new SlackApiException(Method, "invalid_response", isTransient: false);
    }

    private async Task<SlackApiResponse> ReadAsync(string method, HttpMethod httpMethod, string? query, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync(method, httpMethod, query, null, SlackTokenKind.Bot, cancellationToken).ConfigureAwait(false);
        }
        catch (SlackApiException error) when (error.IsTransient && error.RetryAfter is null)
        {
            SlackApiLog.RetryingRead(_logger, method, error.Error);
            return await SendAsync(method, httpMethod, query, null, SlackTokenKind.Bot, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SlackApiResponse> SendAsync(
        string method, HttpMethod httpMethod, string? query, byte[]? jsonBody, SlackTokenKind token, CancellationToken cancellationToken)
    {
        if (_cooldowns.Remaining(method) is { } wait)
        {
            throw new SlackApiException(method, SlackErrorCodes.RateLimited, isTransient: true, wait);
        }

        var request = _client.Value.RequestEscaped(ApiRoot + Uri.EscapeDataString(method) + query);
        if (token == SlackTokenKind.App)
        {
            request = request.WithOAuthBearerToken(_options.Value.AppToken
                ?? throw new InvalidOperationException("Slack:AppToken is not set: Socket Mode is off."));
        }

        using var content = jsonBody is null ? null : JsonContent(jsonBody);
        using var response = await ExchangeAsync(method, httpMethod, request, content, cancellationToken).ConfigureAwait(false);
        var status = response.StatusCode;
        if (status == 429)
        {
            var retryAfter = RetryAfterOf(response) ?? RateLimitWaitWhenUnsaid;
            _cooldowns.Start(method, retryAfter);
            SlackApiLog.RateLimited(_logger, method, retryAfter);
            throw new SlackApiException(method, SlackErrorCodes.RateLimited, isTransient: true, retryAfter);
        }

        if (status is < 200 or > 299)
        {
            throw new SlackApiException(method, SlackErrorCodes.ForHttpStatus(status), SlackErrorCodes.IsTransientStatus(status));
        }

        var answer = await ReadAnswerAsync(method, response, cancellationToken).ConfigureAwait(false);
        if (!answer.Ok && !IsCallsOutcome(method, answer.Error))
        {
            var error = answer.Error is { Length: > 0 } code ? code : "unknown_error";
            if (SlackErrorCodes.IsAuthFailure(error))
            {
                _tokens.Rejected(token, method, error);
            }

            throw new SlackApiException(method, error, SlackErrorCodes.IsTransient(error));
        }

        if (answer.Error is { Length: > 0 } outcome)
        {
            SlackApiLog.AnsweredWithError(_logger, method, outcome);
        }

        _tokens.Accepted(token);
        if (answer.Warning is { Length: > 0 } warning)
        {
            SlackApiLog.Warned(_logger, method, warning);
        }

        return answer;
    }

    /// <summary>
    /// The Calls API reports some outcomes as errors (reference §5) — an ended call (<c>inactive_call</c>), a
    /// participant already listed (<c>bad_users</c>) — often with <c>ok: true</c>. Either way they are answers, not failures.
    /// </summary>
    private static bool IsCallsOutcome(string method, string? error) =>
        method.StartsWith("calls.", StringComparison.Ordinal) && error is "inactive_call" or "bad_users";

    private static async Task<SlackApiResponse> ReadAnswerAsync(string method, IFlurlResponse response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.ResponseMessage.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return JsonSerializer.Deserialize(body, SlackApiJsonContext.Default.SlackApiResponse)
                   ?? throw new SlackApiException(method, "invalid_response", isTransient: true);
        }
        catch (JsonException)
        {
            // A 200 that is not Slack's JSON (a proxy's page): Slack itself was not reached.
            throw new SlackApiException(method, "invalid_response", isTransient: true);
        }
    }

    /// <summary>
    /// Sends one request; transport failures become transient <see cref="SlackApiException"/>s. Flurl's exception is
    /// not kept: its text quotes the URL, and a <c>response_url</c> is a credential.
    /// </summary>
    private static async Task<IFlurlResponse> ExchangeAsync(
        string method, HttpMethod httpMethod, IFlurlRequest request, HttpContent? content, CancellationToken cancellationToken)
    {
        try
        {
            return await request.AllowAnyHttpStatus().SendAsync(httpMethod, content, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (FlurlHttpException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
        catch (FlurlHttpTimeoutException)
        {
            throw new SlackApiException(method, SlackErrorCodes.Timeout, isTransient: true);
        }
        catch (FlurlHttpException error)
        {
            throw new SlackApiException(method, SlackErrorCodes.ConnectionFailed, isTransient: true, inner: error.InnerException);
        }
    }

    private static ByteArrayContent JsonContent(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = JsonContentType;
        return content;
    }

    private static TimeSpan? RetryAfterOf(IFlurlResponse response) =>
        response.ResponseMessage.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };

    private static bool IsErrorCode(string text) =>
        text.Length is > 0 and <= 64 && text.All(c => c is (>= 'a' and <= 'z') or '_');

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
