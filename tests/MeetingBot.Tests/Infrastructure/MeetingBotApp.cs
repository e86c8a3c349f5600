using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace MeetingBot.Tests.Infrastructure;

/// <summary>The real bot under <see cref="WebApplicationFactory{TEntryPoint}"/>, configured only through settings.</summary>
public sealed class MeetingBotApp(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    private FakeTimeProvider? _fakeClock;

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

    /// <summary>
    /// A test's fake clock runs on while the bot shuts down: the HTTP resilience pipelines wait on the bot's clock for
    /// calls still under way when they are disposed, and on a clock nobody moves that wait never ends.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        using var stopped = new CancellationTokenSource();
        var clockRunsOn = _fakeClock is { } clock ? RunOnAsync(clock, stopped.Token) : Task.CompletedTask;
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            await stopped.CancelAsync();
            await clockRunsOn;
        }
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        _fakeClock = host.Services.GetService<TimeProvider>() as FakeTimeProvider;
        return host;
    }

    private static async Task RunOnAsync(FakeTimeProvider clock, CancellationToken stopped)
    {
        while (!stopped.IsCancellationRequested)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10, CancellationToken.None);
        }
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
