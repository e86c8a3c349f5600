using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.Storage.Redis;

public sealed class RedisStorageOptionsTests
{
    [Theory]
    [InlineData("Postgres", null, "Storage:Provider must be Sqlite or Redis")]
    [InlineData("Redis", null, "Storage:Redis:ConnectionString is required when Storage:Provider is Redis")]
    [InlineData("redis", "", "Storage:Redis:ConnectionString is required")]
    public void A_wrong_store_setting_is_refused_naming_its_key(string provider, string? connection, string message)
    {
        using var store = StorageServices.Build(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Storage:Redis:ConnectionString"] = connection,
        });

        var error = Assert.Throws<OptionsValidationException>(() => store.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:00.05")]
    [InlineData("00:30:00")]
    public void A_takeover_timeout_out_of_range_is_refused_naming_its_key(string takeoverAfter)
    {
        using var store = StorageServices.Build(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:Redis:ConnectionString"] = "127.0.0.1:1",
            ["Storage:Redis:TakeoverAfter"] = takeoverAfter,
        });

        var error = Assert.Throws<OptionsValidationException>(() => store.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:Redis:TakeoverAfter must be between", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_reports_redis_answering_and_not_answering_by_its_address_only()
    {
        await using var own = await RedisServer.StartAsync();
        await using var store = StorageServices.Build(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Redis",
            ["Storage:Redis:ConnectionString"] = own.ConnectionString + ",password=hunter2-secret",
        });
        var check = store.GetRequiredService<IEnumerable<IConfigureOptions<HealthCheckServiceOptions>>>();
        var options = new HealthCheckServiceOptions();
        foreach (var configure in check)
        {
            configure.Configure(options);
        }

        var registration = Assert.Single(options.Registrations, r => r.Name == "storage");
        var probe = registration.Factory(store);

        // redis-server without a password refuses AUTH: the check must still name only the address.
        var first = await probe.CheckHealthAsync(new HealthCheckContext { Registration = registration });
        own.Kill();
        var down = await probe.CheckHealthAsync(new HealthCheckContext { Registration = registration });

        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.Contains($"127.0.0.1:{own.Port}", down.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", down.Description + first.Description, StringComparison.Ordinal);
    }
}
