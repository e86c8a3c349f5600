using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>Instances sharing one Redis whose claims lapse quickly, so a takeover is seen without long sleeps.</summary>
internal static class RedisInstances
{
    public static readonly TimeSpan TakeoverAfter = TimeSpan.FromMilliseconds(400);

    /// <summary>One more instance on <paramref name="keyPrefix"/> of <paramref name="redis"/>.</summary>
    public static ServiceProvider Build(RedisServer redis, string keyPrefix) => StorageServices.Build(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Redis",
        ["Storage:Redis:ConnectionString"] = redis.ConnectionString,
        ["Storage:Redis:KeyPrefix"] = keyPrefix,
        ["Storage:Redis:TakeoverAfter"] = TakeoverAfter.ToString(),
    });

    /// <summary>Long enough for a claim nobody renewed to lapse.</summary>
    public static Task WaitForTakeoverAsync() => Task.Delay(TakeoverAfter + TimeSpan.FromMilliseconds(100));
}
