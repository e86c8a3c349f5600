using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace MeetingBot.Slack.Api;

/// <summary>
/// Puts the bot token on Web API calls as a bearer header (never in the query: reference §5). Only requests to
/// <c>Slack:ApiBaseUrl</c> that carry no other token get it: a <c>response_url</c> post needs none, and the socket
/// call brings its app-level token.
/// </summary>
internal sealed class SlackBotTokenHandler(IOptions<SlackOptions> options) : DelegatingHandler
{
    private readonly string _apiRoot = SlackApiRoot.Of(options.Value);
    private readonly string? _botToken = options.Value.BotToken;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null
            && !string.IsNullOrEmpty(_botToken)
            && request.RequestUri?.AbsoluteUri.StartsWith(_apiRoot, StringComparison.OrdinalIgnoreCase) == true)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _botToken);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
