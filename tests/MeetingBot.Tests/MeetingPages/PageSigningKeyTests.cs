using System.Net;
using System.Security.Cryptography;
using MeetingBot.Conferencing;
using MeetingBot.MeetingPages;
using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace MeetingBot.Tests.MeetingPages;

/// <summary>Where the page-signing key comes from: configuration, or generated once and kept in the bot's store.</summary>
public sealed class PageSigningKeyTests
{
    [Fact]
    public async Task A_generated_key_is_stored_so_links_outlive_a_restart()
    {
        var database = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db");
        string link;
        await using (var first = await StartAsync(database, configuredKey: null))
        {
            await AddMeetingAsync(first);
            link = await LinkAsync(first);
        }

        await using var second = await StartAsync(database, configuredKey: null);
        Assert.Equal(HttpStatusCode.OK, (await second.App.CreateClient().GetAsync(link)).StatusCode);

        await using var elsewhere = await StartAsync(null, configuredKey: null);
        await AddMeetingAsync(elsewhere);
        Assert.Equal(HttpStatusCode.Forbidden, (await elsewhere.App.CreateClient().GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task A_configured_key_signs_links_and_every_instance_with_it_accepts_them()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var first = await StartAsync(null, key);
        await using var second = await StartAsync(null, key);
        await AddMeetingAsync(first);
        await AddMeetingAsync(second);

        var link = await LinkAsync(first);

        Assert.Equal(HttpStatusCode.OK, (await second.App.CreateClient().GetAsync(link)).StatusCode);
        Assert.Empty(await StorageServices.QueryAsync(first.DatabasePath, "SELECT name FROM bot_secrets"));
    }

    [Fact]
    public async Task A_load_that_failed_because_Redis_was_down_is_tried_again_by_the_next_request()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var services = StorageServices.BuildRedis(redis);
        var key = new PageSigningKey(Options.Create(new MeetingPageOptions()), services.GetRequiredService<IBotSecretStore>());
        redis.Kill();

        await Assert.ThrowsAnyAsync<Exception>(() => key.GetAsync(CancellationToken.None));
        await redis.RestartAsync();

        // Each try is a next request; the Redis client needs a moment to reconnect on its own. A failure that stuck
        // would fail every one of them.
        byte[]? loaded = null;
        for (var attempt = 0; loaded is null; attempt++)
        {
            try
            {
                loaded = await key.GetAsync(CancellationToken.None);
            }
            catch (Exception error) when (error is RedisConnectionException or RedisTimeoutException && attempt < 20)
            {
                await Task.Delay(250);
            }
        }

        Assert.Equal(MeetingPageOptionsValidator.MinKeyBytes, loaded.Length);
        Assert.Same(loaded, await key.GetAsync(CancellationToken.None)); // and kept once it loaded
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public async Task A_bad_configured_key_stops_start_up_naming_the_key(string key)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(null, key));

        Assert.Contains("MeetingBot:PageSigningKey", error.ToString(), StringComparison.Ordinal);
    }

    private static Task<BotHarness> StartAsync(string? database, string? configuredKey) => BotHarness.StartAsync(
        new() { ["MeetingBot:PublicUrl"] = "http://localhost", ["MeetingBot:PageSigningKey"] = configuredKey },
        services => services.AddSingleton<IPersonalLinkIssuer>(new RecordingLinkIssuer()),
        databasePath: database);

    private static Task AddMeetingAsync(BotHarness bot) =>
        bot.App.Services.GetRequiredService<IMeetingStore>().TryAddAsync(
            new MeetingRecord("65a1b2c3d4e5f60718293a4b", "TrueConf", "Weekly sync", "29:alex", [], "https://rooms.example.test/room/r1", null,
                "msteams", "conv", "29:alex", "msteams|conv|1", DateTimeOffset.UtcNow),
            CancellationToken.None);

    private static async Task<string> LinkAsync(BotHarness bot) =>
        (await bot.App.Services.GetRequiredService<MeetingPageLinks>().ForAsync("msteams", "29:kevin", "Kevin", "65a1b2c3d4e5f60718293a4b", CancellationToken.None)).PathAndQuery;
}
