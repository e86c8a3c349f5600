using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>The real bot under <see cref="WebApplicationFactory{TEntryPoint}"/>, configured only through settings.</summary>
public sealed class MeetingBotApp(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public CapturedLogs Logs { get; } = new();

    public async Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? bearerToken = null) =>
        await PostRawAsync(activity.ToJsonString(), bearerToken);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? bearerToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await CreateClient().SendAsync(request);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
