using System.Text.Json;
using Flurl.Http;
using Flurl.Http.Configuration;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Hosting;

namespace MeetingBot.BotFramework.Connector;

/// <summary>The Bot Connector REST calls (<c>/v3/conversations/…</c>) relative to an activity's <c>serviceUrl</c>.</summary>
public sealed class BotConnectorClient(IHttpClientFactory factory, ServiceUrlPolicy serviceUrls)
{
    public const string HttpClientName = "BotConnector";

    private static readonly System.Net.Http.Headers.MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    // The context's own options carry its camelCase names and null handling.
    private static readonly DefaultJsonSerializer Serializer = new(BotFrameworkJsonContext.Default.Options);
    private readonly Lazy<IFlurlClient> _client = new(() => new FlurlClient(factory.CreateClient(HttpClientName)).WithSettings(s => s.JsonSerializer = Serializer));

    public Task<string?> SendToConversationAsync(string serviceUrl, string conversationId, OutboundActivity activity, CancellationToken cancellationToken) =>
        SendActivityAsync(HttpMethod.Post, ConversationUrl(serviceUrl, conversationId, "activities"), activity, cancellationToken);

    /// <summary>
    /// Sends an activity already serialised (the outbox keeps replies as JSON): in place of
    /// <see cref="ConnectorReplyTarget.UpdateActivityId"/> when set (an update), else a reply to
    /// <see cref="ConnectorReplyTarget.ReplyToId"/> when set, else a new message in the conversation. Returns the
    /// message id when the Connector tells it (for an update, the updated message's).
    /// </summary>
    public async Task<string?> SendSerializedAsync(ConnectorReplyTarget target, byte[] activityJson, CancellationToken cancellationToken)
    {
        var (method, url) = target switch
        {
            { UpdateActivityId: { Length: > 0 } updated } => (HttpMethod.Put, ConversationUrl(target.ServiceUrl, target.ConversationId, "activities", updated)),
            { ReplyToId: { Length: > 0 } replyTo } => (HttpMethod.Post, ConversationUrl(target.ServiceUrl, target.ConversationId, "activities", replyTo)),
            _ => (HttpMethod.Post, ConversationUrl(target.ServiceUrl, target.ConversationId, "activities")),
        };
        using var content = new ByteArrayContent(activityJson);
        content.Headers.ContentType = JsonContentType;
        using var response = await CallAsync(method, url, content, cancellationToken).ConfigureAwait(false);
        return await ReadMessageIdAsync(response).ConfigureAwait(false) ?? target.UpdateActivityId;
    }

    /// <summary>
    /// Opens (or finds: Teams answers the same id for the same person) the bot's 1:1 chat with <paramref name="userId"/>
    /// and returns its id. 403 when the bot is not installed for the person.
    /// </summary>
    public async Task<string> CreatePersonalConversationAsync(string serviceUrl, string? botId, string userId, string? tenantId, CancellationToken cancellationToken)
    {
        var parameters = new ConversationParameters(
            IsGroup: false,
            Bot: string.IsNullOrEmpty(botId) ? null : new ChannelAccountRef(botId),
            Members: [new ChannelAccountRef(userId)],
            TenantId: tenantId,
            ChannelData: string.IsNullOrEmpty(tenantId) ? null : new TenantChannelData(new TenantRef(tenantId)));
        using var response = await CallAsync(HttpMethod.Post, serviceUrl.TrimEnd('/') + "/v3/conversations", parameters, cancellationToken).ConfigureAwait(false);
        return await ReadMessageIdAsync(response).ConfigureAwait(false)
               ?? throw new BotConnectorException("The Bot Connector opened a 1:1 chat but did not say its id", response.StatusCode);
    }

    /// <summary>One member of the conversation (id, UPN or object id), or null when the Connector does not know them.</summary>
    public async Task<TeamsChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        using var response = await CallAsync(HttpMethod.Get, ConversationUrl(serviceUrl, conversationId, "members", memberId), null, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == 404)
        {
            return null;
        }

        await EnsureSuccessAsync(response).ConfigureAwait(false);
        return await response.GetJsonAsync<TeamsChannelAccount>().ConfigureAwait(false);
    }

    /// <summary>One page of the conversation's members; <see cref="PagedMembers.ContinuationToken"/> is null on the last page.</summary>
    public async Task<PagedMembers> GetPagedMembersAsync(string serviceUrl, string conversationId, string? continuationToken, CancellationToken cancellationToken)
    {
        var url = ConversationUrl(serviceUrl, conversationId, "pagedmembers") + "?pageSize=500" +
                  (string.IsNullOrEmpty(continuationToken) ? "" : "&continuationToken=" + Uri.EscapeDataString(continuationToken));
        using var response = await CallAsync(HttpMethod.Get, url, null, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response).ConfigureAwait(false);
        return await response.GetJsonAsync<PagedMembers>().ConfigureAwait(false) ?? new PagedMembers();
    }

    private async Task<string?> SendActivityAsync(HttpMethod method, string url, OutboundActivity activity, CancellationToken cancellationToken)
    {
        using var response = await CallAsync(method, url, activity, cancellationToken).ConfigureAwait(false);
        return await ReadMessageIdAsync(response).ConfigureAwait(false);
    }

    private static async Task<string?> ReadMessageIdAsync(IFlurlResponse response)
    {
        await EnsureSuccessAsync(response).ConfigureAwait(false);
        var body = await response.GetStringAsync().ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, BotFrameworkJsonContext.Default.ResourceResponse)?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<IFlurlResponse> CallAsync(HttpMethod method, string url, object? body, CancellationToken cancellationToken)
    {
        if (!serviceUrls.IsAllowed(url))
        {
            throw new BotConnectorException("The activity's serviceUrl is not on the allowed list (BotFramework AllowedServiceUrlHosts)");
        }

        var request = _client.Value.RequestEscaped(url).AllowAnyHttpStatus();
        try
        {
            return body switch
            {
                null => await request.SendAsync(method, cancellationToken: cancellationToken).ConfigureAwait(false),
                HttpContent content => await request.SendAsync(method, content, cancellationToken: cancellationToken).ConfigureAwait(false),
                _ => await request.SendJsonAsync(method, body, cancellationToken: cancellationToken).ConfigureAwait(false),
            };
        }
        catch (FlurlHttpException error)
        {
            throw new BotConnectorException($"The Bot Connector could not be reached: {error.InnerException?.Message ?? error.Message}", inner: error);
        }
    }

    private static async Task EnsureSuccessAsync(IFlurlResponse response)
    {
        if (response.StatusCode is >= 200 and <= 299)
        {
            return;
        }

        string? code = null;
        try
        {
            using var document = JsonDocument.Parse(await response.GetStringAsync().ConfigureAwait(false));
            if (document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var codeElement))
            {
                code = codeElement.GetString();
            }
        }
        catch (JsonException)
        {
        }

        var retryAfter = response.ResponseMessage.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        throw new BotConnectorException($"The Bot Connector answered {response.StatusCode} {code}", response.StatusCode, code) { RetryAfter = wait };
    }

    /// <summary>Builds <c>{serviceUrl}/v3/conversations/{id}/…</c>, keeping the service URL's own path and escaping each id whole.</summary>
    internal static string ConversationUrl(string serviceUrl, string conversationId, params string[] tail) =>
        FlurlRequests.EscapedUrl(serviceUrl.TrimEnd('/') + "/v3/conversations", [conversationId, .. tail]);
}
