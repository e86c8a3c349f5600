using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>Instances sharing one Redis whose claims lapse quickly, so a takeover is seen without long sleeps.</summary>
internal static class RedisInstances
{
    public static readonly TimeSpan TakeoverAfter = TimeSpan.FromMilliseconds(400);

    /// <summary>
    /// A takeover timeout for tests where an instance must keep renewing in time: wide enough for a busy machine to
    /// never pause the renewals that long.
    /// </summary>
    public static readonly TimeSpan LenientTakeoverAfter = TimeSpan.FromSeconds(1.5);

    /// <summary>One more instance on <paramref name="keyPrefix"/> of <paramref name="redis"/>.</summary>
    public static ServiceProvider Build(RedisServer redis, string keyPrefix, TimeSpan? takeoverAfter = null) => StorageServices.Build(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Redis",
        ["Storage:Redis:ConnectionString"] = redis.ConnectionString,
        ["Storage:Redis:KeyPrefix"] = keyPrefix,
        ["Storage:Redis:TakeoverAfter"] = (takeoverAfter ?? TakeoverAfter).ToString(),
    });

    /// <summary>Long enough for a claim nobody renewed to lapse.</summary>
    public static Task WaitForTakeoverAsync(TimeSpan? takeoverAfter = null) => Task.Delay((takeoverAfter ?? TakeoverAfter) + TimeSpan.FromMilliseconds(100));
}
