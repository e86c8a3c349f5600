using MeetingBot.Storage;
using MeetingBot.Storage.Copy;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.MeetingPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Storage.Redis;

/// <summary>
/// <c>MeetingBot copy-storage</c>: a deployment switching from SQLite to Redis keeps its user links. Links written to a
/// real SQLite file are copied by the command and then found through the Redis store on a real redis-server.
/// </summary>
public sealed class CopyStorageCommandTests : IAsyncLifetime
{
    private static readonly (string Channel, string ChatUserId, UserLink Link)[] Links =
    [
        ("msteams", "29:1-alex-aad-id", new UserLink("alex", LinkProvenance.SignedIn)),
        ("msteams", "29:1-helen-aad-id", new UserLink("helen", LinkProvenance.EmailVerified)),
        ("slack", "T0TEAM:U0DEAN", new UserLink("dean", LinkProvenance.Admin)),
        // Made before links needed proof: kept as it is (the bot ignores it), not promoted or dropped by the copy.
        ("msteams", "29:1-kevin-aad-id", new UserLink("kevin", LinkProvenance.Claimed)),
    ];

    private readonly string _sqlitePath = StorageServices.NewPath();
    private readonly string _prefix = RedisServer.NewPrefix();
    private RedisServer _redis = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.Shared;
        await using var sqlite = StorageServices.Build(_sqlitePath);
        var store = sqlite.GetRequiredService<IUserLinkStore>();
        foreach (var (channel, chatUserId, link) in Links)
        {
            await store.SetAsync(channel, chatUserId, link, default);
        }

        // One person chose a language with a link, one without.
        var languages = sqlite.GetRequiredService<IUserLanguageStore>();
        await languages.SetLanguageAsync("msteams", "29:1-helen-aad-id", "ru", default);
        await languages.SetLanguageAsync("slack", "T0TEAM:U0OLGA", "ru", default);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Path.GetDirectoryName(_sqlitePath)!, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_link_of_the_SQLite_file_is_found_through_the_Redis_store_with_its_provenance()
    {
        var run = await CopyAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        await AssertRedisHoldsAsync(Links);
        Assert.Contains("4 user links in ", run.Output, StringComparison.Ordinal);
        Assert.Contains(": 4 copied to Redis at ", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 chosen languages: 2 copied", run.Output, StringComparison.Ordinal);
        await using var redis = StorageServices.BuildRedis(_redis, _prefix);
        var languages = redis.GetRequiredService<IUserLanguageStore>();
        Assert.Equal("ru", await languages.FindLanguageAsync("msteams", "29:1-helen-aad-id", default));
        Assert.Equal("ru", await languages.FindLanguageAsync("slack", "T0TEAM:U0OLGA", default));
        Assert.Null(await languages.FindLanguageAsync("msteams", "29:1-alex-aad-id", default));
    }

    [Fact]
    public async Task It_runs_in_the_Development_environment_too()
    {
        var run = await RunAsync([.. CopyArguments(), "--environment=Development"]);

        Assert.Equal(0, run.ExitCode);
        await AssertRedisHoldsAsync(Links);
    }

    [Fact]
    public async Task It_prints_counts_and_never_whose_links_they_are()
    {
        var run = await CopyAsync();

        Assert.Equal(0, run.ExitCode);
        foreach (var (_, chatUserId, link) in Links)
        {
            Assert.DoesNotContain(chatUserId, run.Output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(link.ConferenceUserId, run.Output, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Running_it_again_changes_nothing()
    {
        Assert.Equal(0, (await CopyAsync()).ExitCode);

        var again = await CopyAsync();

        Assert.Equal(0, again.ExitCode);
        Assert.Contains(": 0 copied to Redis at ", again.Output, StringComparison.Ordinal);
        Assert.Contains(", 4 already there, 0 left as Redis has them", again.Output, StringComparison.Ordinal);
        await AssertRedisHoldsAsync(Links);
    }

    [Fact]
    public async Task A_link_changed_in_Redis_since_the_switch_is_left_as_Redis_has_it()
    {
        Assert.Equal(0, (await CopyAsync()).ExitCode);
        var relinked = new UserLink("alexander", LinkProvenance.SignedIn);
        await using (var redis = StorageServices.BuildRedis(_redis, _prefix))
        {
            await redis.GetRequiredService<IUserLinkStore>().SetAsync("msteams", "29:1-alex-aad-id", relinked, default);
        }

        var again = await CopyAsync();

        Assert.Equal(0, again.ExitCode);
        Assert.Contains(", 3 already there, 1 left as Redis has them", again.Output, StringComparison.Ordinal);
        await AssertRedisHoldsAsync([("msteams", "29:1-alex-aad-id", relinked), .. Links[1..]]);
    }

    [Fact]
    public async Task The_page_signing_key_is_copied_so_page_links_minted_before_the_switch_still_open()
    {
        var fileKey = await SigningKeyAsync(StorageServices.Build(_sqlitePath));

        var run = await CopyAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": 1 bot secrets in ", run.Output, StringComparison.Ordinal);
        Assert.Contains(": 1 the same in Redis now.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(fileKey), run.Output, StringComparison.Ordinal);
        // The bot on Redis signs and checks page links with the file's key.
        Assert.Equal(fileKey, await SigningKeyAsync(StorageServices.BuildRedis(_redis, _prefix)));
        Assert.Contains(": 1 the same in Redis now.", (await CopyAsync()).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_different_page_signing_key_already_in_Redis_stays_and_the_copy_says_which_links_stop_opening()
    {
        var fileKey = await SigningKeyAsync(StorageServices.Build(_sqlitePath));
        var redisKey = await SigningKeyAsync(StorageServices.BuildRedis(_redis, _prefix));

        var run = await CopyAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(": 0 the same in Redis now.", run.Output, StringComparison.Ordinal);
        Assert.Contains(
            "Redis already had another meeting-page-signing-key; it stays (the first stored wins). Meeting-page links minted before the switch will not open",
            run.Output, StringComparison.Ordinal);
        Assert.NotEqual(fileKey, redisKey);
        Assert.Equal(redisKey, await SigningKeyAsync(StorageServices.BuildRedis(_redis, _prefix)));
    }

    [Fact]
    public async Task Without_the_SQLite_file_it_fails_naming_the_key_and_creates_no_file()
    {
        var missing = StorageServices.NewPath();

        var run = await RunAsync($"--Storage:SqlitePath={missing}", $"--Storage:Redis:ConnectionString={_redis.ConnectionString}", $"--Storage:Redis:KeyPrefix={_prefix}");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"copy-storage: there is no SQLite file at {missing} (Storage:SqlitePath).", run.Error.Trim());
        Assert.False(File.Exists(missing), "the command created the SQLite file it was to read");
    }

    [Fact]
    public async Task Without_a_Redis_connection_string_it_fails_naming_the_key()
    {
        var run = await RunAsync($"--Storage:SqlitePath={_sqlitePath}");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("copy-storage: Storage:Redis:ConnectionString is required", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redis_unreachable_fails_the_command_without_printing_the_password()
    {
        await using var own = await RedisServer.StartAsync();
        own.Kill();

        var run = await RunAsync(
            $"--Storage:SqlitePath={_sqlitePath}",
            $"--Storage:Redis:ConnectionString=localhost:{own.Port},password=pw-not-to-print,connectTimeout=500",
            $"--Storage:Redis:KeyPrefix={_prefix}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($" Redis at localhost:{own.Port} (key prefix {_prefix}) failed (", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-not-to-print", run.Error + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_executable_runs_the_copy_when_its_first_argument_is_copy_storage()
    {
        var main = typeof(Program).Assembly.EntryPoint!;
        string[] args = [CopyStorageCommand.Name, .. CopyArguments()];

        var exitCode = main.Invoke(null, [args]);

        Assert.Equal(0, exitCode);
        await AssertRedisHoldsAsync(Links);
    }

    private string[] CopyArguments() =>
    [
        $"--Storage:SqlitePath={_sqlitePath}",
        $"--Storage:Redis:ConnectionString={_redis.ConnectionString}",
        $"--Storage:Redis:KeyPrefix={_prefix}",
    ];

    private Task<CommandRun> CopyAsync() => RunAsync(CopyArguments());

    private static async Task<CommandRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CopyStorageCommand.RunAsync(args, output, error);
        return new CommandRun(exitCode, output.ToString(), error.ToString());
    }

    private async Task AssertRedisHoldsAsync(IEnumerable<(string Channel, string ChatUserId, UserLink Link)> expected)
    {
        await using var redis = StorageServices.BuildRedis(_redis, _prefix);
        var store = redis.GetRequiredService<IUserLinkStore>();
        foreach (var (channel, chatUserId, link) in expected)
        {
            Assert.Equal(link, await store.FindAsync(channel, chatUserId, default));
        }
    }

    /// <summary>The key the bot on <paramref name="store"/> signs meeting-page links with (made and kept there when it has none).</summary>
    private static async Task<byte[]> SigningKeyAsync(ServiceProvider store)
    {
        await using (store)
        {
            return await new PageSigningKey(Options.Create(new MeetingPageOptions()), store.GetRequiredService<IBotSecretStore>()).GetAsync(default);
        }
    }

    private sealed record CommandRun(int ExitCode, string Output, string Error);
}
