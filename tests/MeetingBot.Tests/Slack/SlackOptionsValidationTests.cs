using MeetingBot.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Slack;

/// <summary>The <c>Slack</c> section is checked when the host starts; a half configuration stops it, naming the key.</summary>
public sealed class SlackOptionsValidationTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";
    private const string Bot = "xoxb-1234-5678-secretbotvalue";
    private const string App = "xapp-1-A0EEE-99-secretappvalue";

    public static TheoryData<string?, string?, string?, string> HalfConfigurations => new()
    {
        { Secret, null, null, "Slack:BotToken is required for Slack over HTTP" },
        { null, Bot, null, "Slack:SigningSecret is required for Slack over HTTP" },
        { null, null, App, "Slack:BotToken is required in Socket Mode" },
        { Secret, "xoxp-1234-user-token", null, "Slack:BotToken must be a bot token starting with 'xoxb-'" },
        { null, Bot, "xoxa-not-an-app-token", "Slack:AppToken must be an app-level token starting with 'xapp-'" },
    };

    [Theory]
    [MemberData(nameof(HalfConfigurations))]
    public async Task A_half_configuration_stops_start_up_naming_the_key(string? signingSecret, string? botToken, string? appToken, string message)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            StartAsync(new() { ["Slack:SigningSecret"] = signingSecret, ["Slack:BotToken"] = botToken, ["Slack:AppToken"] = appToken }));

        Assert.Contains(error.Failures, failure => failure.StartsWith(message, StringComparison.Ordinal));
        Assert.DoesNotContain("secretbotvalue", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secretappvalue", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Slack:ApiBaseUrl", "slack.example/api", "Slack:ApiBaseUrl must be an absolute http(s) address")]
    [InlineData("Slack:ApiBaseUrl", "ftp://slack.example/api/", "Slack:ApiBaseUrl must be an absolute http(s) address")]
    [InlineData("Slack:RequestTimeout", "00:00:00", "Slack:RequestTimeout must be between")]
    [InlineData("Slack:RequestTimeout", "00:00:31", "Slack:RequestTimeout must be between")]
    public async Task A_bad_address_or_timeout_stops_start_up_naming_the_key(string key, string value, string message)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            StartAsync(new() { ["Slack:SigningSecret"] = Secret, ["Slack:BotToken"] = Bot, [key] = value }));

        Assert.Contains(error.Failures, failure => failure.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Slack_off_starts_whatever_the_other_keys_say()
    {
        await using var host = await StartAsync(new() { ["Slack:RequestTimeout"] = "00:05:00" });

        Assert.False(host.Services.GetRequiredService<IOptions<SlackOptions>>().Value.IsEnabled);
    }

    [Theory]
    [InlineData(Secret, Bot, null)]
    [InlineData(null, Bot, App)]
    [InlineData(Secret, Bot, App)]
    public async Task Http_mode_and_socket_mode_configurations_start(string? signingSecret, string? botToken, string? appToken)
    {
        await using var host = await StartAsync(new() { ["Slack:SigningSecret"] = signingSecret, ["Slack:BotToken"] = botToken, ["Slack:AppToken"] = appToken });

        Assert.True(host.Services.GetRequiredService<IOptions<SlackOptions>>().Value.IsEnabled);
    }

    private static async Task<DisposableHost> StartAsync(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddSlackWebApi();
        var host = builder.Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new DisposableHost(host);
    }

    private sealed class DisposableHost(IHost host) : IAsyncDisposable
    {
        public IServiceProvider Services => host.Services;

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}
