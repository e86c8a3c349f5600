namespace MeetingBot.Tests.TrueConf;

public sealed class TrueConfUserDirectoryTests
{
    [Fact]
    public async Task Finds_a_user_by_email_comparing_the_whole_address()
    {
        await using var host = await TrueConfClientHost.StartAsync();

        var byEmail = await host.Directory.FindByEmailAsync("DEAN@contoso.example", CancellationToken.None);

        // The server's filter is a "contains" match (ldean@contoso.example also contains it); only dean is equal.
        var dean = Assert.Single(byEmail);
        Assert.Equal("dean", dean.Id);
        Assert.Equal("Dean Novak", dean.DisplayName);
    }

    [Fact]
    public async Task Unknown_login_is_null_and_a_disabled_account_is_reported_inactive()
    {
        await using var host = await TrueConfClientHost.StartAsync();

        Assert.Null(await host.Directory.FindByIdAsync("bob", CancellationToken.None));
        var olga = await host.Directory.FindByIdAsync("olga", CancellationToken.None);
        Assert.NotNull(olga);
        Assert.False(olga.IsActive);
    }

    [Fact]
    public async Task Finds_a_user_by_display_name_ignoring_case_and_accepts_a_full_trueconf_id()
    {
        await using var host = await TrueConfClientHost.StartAsync();

        var kevin = Assert.Single(await host.Directory.FindByDisplayNameAsync("kevin smith", CancellationToken.None));
        var helen = await host.Directory.FindByIdAsync("helen@trueconf.local", CancellationToken.None);

        Assert.Equal("kevin", kevin.Id);
        Assert.Equal("helen", helen?.Id);
    }
}
