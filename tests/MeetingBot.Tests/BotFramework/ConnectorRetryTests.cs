using System.Net;
using MeetingBot.BotFramework;
using MeetingBot.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.BotFramework;

/// <summary>
/// The Connector's own pipeline: reads that Teams answers "try again" are tried again; messages are sent once, since
/// the durable outbox decides when a message goes again (a second send could post it twice).
/// </summary>
public sealed class ConnectorRetryTests
{
    [Fact]
    public async Task A_read_answered_503_is_tried_again()
    {
        var server = new ScriptedServer(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        using var client = ConnectorClient(server, out var provider);
        using (provider)
        {
            using var response = await client.GetAsync("https://connector.test/v3/conversations/a/members/b");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["GET", "GET"], server.Methods);
        }
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    public async Task A_message_answered_503_is_sent_once(string method)
    {
        var server = new ScriptedServer(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        using var client = ConnectorClient(server, out var provider);
        using (provider)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), "https://connector.test/v3/conversations/a/activities") { Content = new StringContent("{}") };
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal([method], server.Methods);
        }
    }

    private static HttpClient ConnectorClient(ScriptedServer server, out ServiceProvider provider)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // No app id: anonymous, so no token is asked for.
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build());
        services.AddBotFramework();
        services.AddHttpClient(BotConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => server);
        provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IHttpClientFactory>().CreateClient(BotConnectorClient.HttpClientName);
    }

    /// <summary>Answers each request with the next scripted status; the last one repeats.</summary>
    private sealed class ScriptedServer(params HttpStatusCode[] answers) : HttpMessageHandler
    {
        private readonly List<string> _methods = [];

        public IReadOnlyList<string> Methods
        {
            get
            {
                lock (_methods)
                {
                    return _methods.ToArray();
                }
            }
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            int count;
            lock (_methods)
            {
                _methods.Add(request.Method.Method);
                count = _methods.Count;
            }

            return Task.FromResult(new HttpResponseMessage(answers[Math.Min(count, answers.Length) - 1]));
        }
    }
}
