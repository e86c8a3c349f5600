using System.Net.Http.Headers;
using System.Text.Json;
using Flurl.Http;
using MeetingBot.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Slack.Api;

/// <summary>
/// One request to Slack and its answer: the Web API's JSON as a typed <see cref="SlackApiResponse"/>, every failure
/// as a <see cref="SlackApiException"/> (Slack answers errors with HTTP 200 and <c>ok: false</c>). Keeps each
/// method's rate-limit pause and tells <see cref="SlackTokenStatus"/> whether a token was taken.
/// </summary>
internal sealed class SlackApiExchange
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    // A 429 without Retry-After (Slack always sends one; a proxy might not) still pauses the method briefly.
    private static readonly TimeSpan RateLimitWaitWhenUnsaid = TimeSpan.FromSeconds(1);

    private readonly Lazy<IFlurlClient> _client;
    private readonly IOptions<SlackOptions> _options;
    private readonly SlackMethodCooldowns _cooldowns;
    private readonly SlackTokenStatus _tokens;
    private readonly ILogger _logger;
    private string? _apiRoot;

    public SlackApiExchange(IHttpClientFactory factory, IOptions<SlackOptions> options, TimeProvider clock, SlackTokenStatus tokens, ILogger logger)
    {
        _options = options;
        _cooldowns = new SlackMethodCooldowns(clock);
        _tokens = tokens;
        _logger = logger;
        _client = new(() => new FlurlClient(factory.CreateClient(SlackWebApiClient.HttpClientName))
            .WithSettings(settings => settings.Timeout = options.Value.RequestTimeout));
    }

    // Built once: the options do not change while the bot runs.
    private string ApiRoot => _apiRoot ??= SlackApiRoot.Of(_options.Value);

    /// <summary>Posts a reply to a <c>response_url</c> as Slack gave it (the URL is its own credential: no token goes with it).</summary>
    public async Task PostToResponseUrlAsync(string responseUrl, byte[] jsonBody, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            throw new SlackApiException(SlackWebApiClient.ResponseUrlMethod, "invalid_response_url", isTransient: false);
        }

        using var content = JsonContent(jsonBody);
        using var response = await ExchangeAsync(SlackWebApiClient.ResponseUrlMethod, HttpMethod.Post, _client.Value.RequestEscaped(address.AbsoluteUri), content, cancellationToken)
            .ConfigureAwait(false);
        var status = response.StatusCode;
        if (status is >= 200 and <= 299)
        {
            return;
        }

        // Slack names the problem in a plain-text body (expired_url, used_url, invalid_payload, …).
        var text = (await response.GetStringAsync().ConfigureAwait(false)).Trim();
        var error = IsErrorCode(text) ? text : SlackErrorCodes.ForHttpStatus(status);
        throw new SlackApiException(SlackWebApiClient.ResponseUrlMethod, error, SlackErrorCodes.IsTransientStatus(status), status == 429 ? RetryAfterOf(response) : null);
    }

    /// <summary>A read, with the bot token; tried once more after a transient failure that asked for no wait.</summary>
    public async Task<SlackApiResponse> ReadAsync(string method, HttpMethod httpMethod, string? query, CancellationToken cancellationToken)
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

    public async Task<SlackApiResponse> SendAsync(
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
}
