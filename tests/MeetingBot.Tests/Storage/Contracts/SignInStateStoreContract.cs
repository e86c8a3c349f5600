using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Contracts;

/// <summary>Sign-ins in progress: found while live, taken once, gone once expired.</summary>
public abstract class SignInStateStoreContract : SharedStoreContract
{
    private ISignInStateStore States => Get<ISignInStateStore>();

    [Fact]
    public async Task A_saved_sign_in_is_found_whole_and_stays_usable()
    {
        var pending = SignIn("h1", TimeSpan.FromMinutes(10));
        await States.SaveAsync(pending, CancellationToken.None);

        Assert.Equal(pending, await States.FindAsync("h1", CancellationToken.None));
        Assert.Equal(pending, await States.FindAsync("h1", CancellationToken.None));
        Assert.Null(await States.FindAsync("h2", CancellationToken.None));
    }

    [Fact]
    public async Task A_sign_in_is_taken_once()
    {
        var pending = SignIn("h1", TimeSpan.FromMinutes(10));
        await States.SaveAsync(pending, CancellationToken.None);

        Assert.Equal(pending, await States.TakeAsync("h1", CancellationToken.None));
        Assert.Null(await States.TakeAsync("h1", CancellationToken.None));
        Assert.Null(await States.FindAsync("h1", CancellationToken.None));
    }

    [Fact]
    public async Task Of_two_instances_taking_one_sign_in_at_once_exactly_one_gets_it()
    {
        var first = States;
        var second = (await OpenAgainAsync()).GetRequiredService<ISignInStateStore>();
        var hashes = Enumerable.Range(0, 50).Select(i => $"race-{i}").ToArray();
        foreach (var hash in hashes)
        {
            await first.SaveAsync(SignIn(hash, TimeSpan.FromMinutes(10)), CancellationToken.None);
        }

        var winners = await Task.WhenAll(hashes.Select(async hash =>
        {
            var taken = await Task.WhenAll(first.TakeAsync(hash, CancellationToken.None), second.TakeAsync(hash, CancellationToken.None));
            return taken.Count(pending => pending is not null);
        }));

        Assert.All(winners, count => Assert.Equal(1, count));
    }

    [Fact]
    public async Task An_expired_sign_in_is_neither_found_nor_taken()
    {
        await States.SaveAsync(SignIn("expired", TimeSpan.FromMinutes(-1)), CancellationToken.None);
        await States.SaveAsync(SignIn("expiring", TimeSpan.FromMilliseconds(300)), CancellationToken.None);
        Assert.NotNull(await States.FindAsync("expiring", CancellationToken.None));

        await Task.Delay(400);

        Assert.Null(await States.FindAsync("expired", CancellationToken.None));
        Assert.Null(await States.TakeAsync("expired", CancellationToken.None));
        Assert.Null(await States.FindAsync("expiring", CancellationToken.None));
        Assert.Null(await States.TakeAsync("expiring", CancellationToken.None));
    }

    private static PendingSignIn SignIn(string stateHash, TimeSpan livesFor) => new(
        stateHash, "verifier-" + stateHash, "msteams", "29:alex", "19:c@thread.v2", "https://smba.example/teams/",
        // Stored to the millisecond.
        DateTimeOffset.FromUnixTimeMilliseconds((DateTimeOffset.UtcNow + livesFor).ToUnixTimeMilliseconds()));
}

public sealed class SqliteSignInStateStoreContractTests : SignInStateStoreContract
{
    private readonly SqliteFile _file = new();

    protected override Task<ServiceProvider> CreateStoreAsync() => _file.OpenAsync();
}

public sealed class RedisSignInStateStoreContractTests : SignInStateStoreContract
{
    private readonly RedisPrefix _prefix = new();

    protected override Task<ServiceProvider> CreateStoreAsync() => _prefix.OpenAsync();
}
