using MeetingBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Contracts;

/// <summary>Links from chat accounts to video users, and the notice every link set gives its listeners.</summary>
public abstract class UserLinkStoreContract : SharedStoreContract
{
    private IUserLinkStore Links => Get<IUserLinkStore>();

    private IUserLanguageStore Languages => Get<IUserLanguageStore>();

    [Fact]
    public async Task An_account_never_linked_has_no_link()
    {
        Assert.Null(await Links.FindAsync("msteams", "29:nobody", CancellationToken.None));
    }

    [Fact]
    public async Task A_link_is_found_with_its_provenance_and_a_second_link_replaces_it()
    {
        await Links.SetAsync("msteams", "29:alex", new UserLink("alex", LinkProvenance.EmailVerified), CancellationToken.None);
        Assert.Equal(new UserLink("alex", LinkProvenance.EmailVerified), await Links.FindAsync("msteams", "29:alex", CancellationToken.None));

        await Links.SetAsync("msteams", "29:alex", new UserLink("alex.smith", LinkProvenance.SignedIn), CancellationToken.None);
        Assert.Equal(new UserLink("alex.smith", LinkProvenance.SignedIn), await Links.FindAsync("msteams", "29:alex", CancellationToken.None));
    }

    [Fact]
    public async Task Links_are_kept_per_channel_and_account()
    {
        await Links.SetAsync("msteams", "U1", new UserLink("teams-user", LinkProvenance.Admin), CancellationToken.None);
        await Links.SetAsync("slack", "U1", new UserLink("slack-user", LinkProvenance.Claimed), CancellationToken.None);

        Assert.Equal(new UserLink("teams-user", LinkProvenance.Admin), await Links.FindAsync("msteams", "U1", CancellationToken.None));
        Assert.Equal(new UserLink("slack-user", LinkProvenance.Claimed), await Links.FindAsync("slack", "U1", CancellationToken.None));
        Assert.Null(await Links.FindAsync("slack", "u1", CancellationToken.None));
    }

    [Fact]
    public async Task Links_outlive_the_process()
    {
        await Links.SetAsync("msteams", "29:alex", new UserLink("alex", LinkProvenance.SignedIn), CancellationToken.None);
        await Services.DisposeAsync();

        var reopened = await OpenAgainAsync();
        Assert.Equal(new UserLink("alex", LinkProvenance.SignedIn), await reopened.GetRequiredService<IUserLinkStore>().FindAsync("msteams", "29:alex", CancellationToken.None));
    }

    [Fact]
    public async Task An_account_that_never_chose_has_no_language()
    {
        await Links.SetAsync("msteams", "29:alex", new UserLink("alex", LinkProvenance.SignedIn), CancellationToken.None);

        Assert.Null(await Languages.FindLanguageAsync("msteams", "29:alex", CancellationToken.None));
        Assert.Null(await Languages.FindLanguageAsync("msteams", "29:nobody", CancellationToken.None));
    }

    [Fact]
    public async Task A_language_is_chosen_without_a_link_and_replaced_by_the_next_choice()
    {
        await Languages.SetLanguageAsync("slack", "U1", "ru", CancellationToken.None);
        Assert.Equal("ru", await Languages.FindLanguageAsync("slack", "U1", CancellationToken.None));
        // A choice is no link: the account is still unknown to the video backend.
        Assert.Null(await Links.FindAsync("slack", "U1", CancellationToken.None));

        await Languages.SetLanguageAsync("slack", "U1", "en", CancellationToken.None);
        Assert.Equal("en", await Languages.FindLanguageAsync("slack", "U1", CancellationToken.None));
        Assert.Null(await Languages.FindLanguageAsync("msteams", "U1", CancellationToken.None));
        Assert.Null(await Languages.FindLanguageAsync("slack", "U2", CancellationToken.None));
    }

    [Fact]
    public async Task A_link_and_a_language_choice_keep_each_other()
    {
        await Languages.SetLanguageAsync("msteams", "29:alex", "ru", CancellationToken.None);
        await Links.SetAsync("msteams", "29:alex", new UserLink("alex", LinkProvenance.EmailVerified), CancellationToken.None);
        await Links.SetAsync("msteams", "29:alex", new UserLink("alex.w", LinkProvenance.SignedIn), CancellationToken.None);
        Assert.Equal("ru", await Languages.FindLanguageAsync("msteams", "29:alex", CancellationToken.None));

        await Languages.SetLanguageAsync("msteams", "29:alex", "en", CancellationToken.None);
        Assert.Equal(new UserLink("alex.w", LinkProvenance.SignedIn), await Links.FindAsync("msteams", "29:alex", CancellationToken.None));
    }

    [Fact]
    public async Task A_language_choice_outlives_the_process()
    {
        await Languages.SetLanguageAsync("msteams", "29:alex", "ru", CancellationToken.None);
        await Services.DisposeAsync();

        var reopened = await OpenAgainAsync();
        Assert.Equal("ru", await reopened.GetRequiredService<IUserLanguageStore>().FindLanguageAsync("msteams", "29:alex", CancellationToken.None));
    }

    [Fact]
    public async Task Every_language_choice_is_told_to_the_listeners_once_it_can_be_read()
    {
        var heard = HeardWhileReading(Languages.FindLanguageAsync);

        await Languages.SetLanguageAsync("msteams", "29:alex:with:colons", "ru", CancellationToken.None);

        var told = await ReadsOnceHeardAsync(heard, ("msteams", "29:alex:with:colons"));
        Assert.All(told, notice => Assert.Equal(("msteams", "29:alex:with:colons", "ru"), notice));
    }

    [Fact]
    public async Task Every_link_set_is_told_to_the_listeners_once_it_can_be_read()
    {
        var heard = HeardWhileReading(Links.FindAsync);

        await Links.SetAsync("msteams", "29:alex:with:colons", new UserLink("alex", LinkProvenance.SignedIn), CancellationToken.None);
        await Links.SetAsync("slack", "U2", new UserLink("dean", LinkProvenance.Admin), CancellationToken.None);

        var told = await ReadsOnceHeardAsync(heard, ("msteams", "29:alex:with:colons"), ("slack", "U2"));
        Assert.All(told, notice => Assert.Equal(
            notice.ChatUserId == "U2" ? new UserLink("dean", LinkProvenance.Admin) : new UserLink("alex", LinkProvenance.SignedIn), notice.Read));
    }

    /// <summary>
    /// Listens to the notices, asking the store for <paramref name="read"/> inside the listener and awaiting the answer
    /// only later: a listener must be quick (on Redis it runs on the connection's reader, which a blocking read would
    /// stall), and the store answers in the order it was asked, so the answer is what could be read when the notice came.
    /// </summary>
    private List<(string Channel, string ChatUserId, Task<T> Read)> HeardWhileReading<T>(Func<string, string, CancellationToken, Task<T>> read)
    {
        var heard = new List<(string Channel, string ChatUserId, Task<T> Read)>();
        Get<IUserLinkChanges>().LinkSet += (channel, chatUserId) =>
        {
            var reading = read(channel, chatUserId, CancellationToken.None);
            lock (heard)
            {
                heard.Add((channel, chatUserId, reading));
            }
        };
        return heard;
    }

    /// <summary>Every notice heard once each of <paramref name="accounts"/> was told at least once, with what its read found.</summary>
    private static async Task<(string Channel, string ChatUserId, T Read)[]> ReadsOnceHeardAsync<T>(
        List<(string Channel, string ChatUserId, Task<T> Read)> heard, params (string Channel, string ChatUserId)[] accounts)
    {
        await Poll.UntilAsync(() =>
        {
            lock (heard)
            {
                return accounts.All(account => heard.Any(notice => (notice.Channel, notice.ChatUserId) == account));
            }
        });
        (string Channel, string ChatUserId, Task<T> Read)[] notices;
        lock (heard)
        {
            notices = [.. heard];
        }

        return await Task.WhenAll(notices.Select(async notice => (notice.Channel, notice.ChatUserId, await notice.Read)));
    }
}

public sealed class SqliteUserLinkStoreContractTests : UserLinkStoreContract
{
    private readonly SqliteFile _file = new();

    protected override Task<ServiceProvider> CreateStoreAsync() => _file.OpenAsync();
}

public sealed class RedisUserLinkStoreContractTests : UserLinkStoreContract
{
    private readonly RedisPrefix _prefix = new();

    protected override Task<ServiceProvider> CreateStoreAsync() => _prefix.OpenAsync();
}
