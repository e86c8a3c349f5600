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

    private readonly SlackApiExchange _slack;
    private readonly SlackUserLookup _users;
    private Task<SlackIdentity>? _identityLookup;
    private SlackIdentity? _identity;

    internal SlackWebApiClient(
        IHttpClientFactory factory,
        IOptions<SlackOptions> options,
        IMemoryCache cache,
        TimeProvider clock,
        SlackTokenStatus tokens,
        ILogger<SlackWebApiClient> logger)
    {
        _slack = new SlackApiExchange(factory, options, clock, tokens, logger);
        _users = new SlackUserLookup(_slack, cache);
    }

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
        var answer = await _slack.ReadAsync(Method, HttpMethod.Post, query: null, CancellationToken.None).ConfigureAwait(false);
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
    public Task<SlackUser?> GetUserAsync(string userId, CancellationToken cancellationToken) =>
        _users.GetAsync(userId, cancellationToken);

    /// <summary>One page (up to 200) of the conversation's member ids; pass the previous page's cursor for the next.</summary>
    public async Task<SlackMembersPage> GetMembersAsync(string channelId, string? cursor, CancellationToken cancellationToken)
    {
        var query = "?channel=" + Uri.EscapeDataString(channelId) + "&limit=200"
                    + (string.IsNullOrEmpty(cursor) ? string.Empty : "&cursor=" + Uri.EscapeDataString(cursor));
        var answer = await _slack.ReadAsync("conversations.members", HttpMethod.Get, query, cancellationToken).ConfigureAwait(false);
        return new SlackMembersPage(answer.Members ?? [], NullIfEmpty(answer.ResponseMetadata?.NextCursor));
    }

    /// <summary>
    /// Calls a write method (<c>chat.postMessage</c>, <c>chat.update</c>, <c>views.publish</c>, <c>calls.add</c>, …)
    /// with a JSON body, once. On <c>calls.*</c>, <c>inactive_call</c> and <c>bad_users</c> are answers, not failures
    /// (Slack sends them with <c>ok: true</c>): the call returns normally, and so does any <c>ok: true</c> with an error.
    /// </summary>
    public async Task<SlackMethodResult> CallAsync(string method, byte[] jsonBody, CancellationToken cancellationToken)
    {
        var answer = await _slack.SendAsync(method, HttpMethod.Post, null, jsonBody, SlackTokenKind.Bot, cancellationToken).ConfigureAwait(false);
        return new SlackMethodResult(answer.Ts ?? answer.MessageTs, answer.ChannelId, answer.Call?.Id);
    }

    /// <summary>Posts a reply to a <c>response_url</c> as Slack gave it (the URL is its own credential: no token goes with it).</summary>
    public Task PostToResponseUrlAsync(string responseUrl, byte[] jsonBody, CancellationToken cancellationToken) =>
        _slack.PostToResponseUrlAsync(responseUrl, jsonBody, cancellationToken);

    /// <summary>Asks for a Socket Mode address (<c>apps.connections.open</c>, with the app-level token); each one is good for one connection.</summary>
    public async Task<Uri> OpenSocketAsync(CancellationToken cancellationToken)
    {
        const string Method = "apps.connections.open";
        var answer = await _slack.SendAsync(Method, HttpMethod.Post, null, null, SlackTokenKind.App, cancellationToken).ConfigureAwait(false);
        return Uri.TryCreate(answer.Url, UriKind.Absolute, out var url)
            ? url
            : throw new SlackApiException(Method, "invalid_response", isTransient: false);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
