using System.Text;
using MeetingBot.Storage;
using MeetingBot.Storage.Sqlite;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MeetingBot.Tests.Storage;

/// <summary>
/// Database files written by earlier releases (Fixtures/, made by make-fixtures.sh with those releases' own code) open
/// with this one, are brought to the latest schema version, and keep every link, meeting and outbox entry.
/// </summary>
public sealed class SchemaMigrationTests
{
    private const string Release = "release-283fa51.db";
    private const string PreProvenance = "pre-provenance-9c1a6fc.db";

    [Fact]
    public async Task A_database_of_the_current_release_opens_upgraded_with_every_link_meeting_and_reply()
    {
        var path = StorageServices.CopyOfFixture(Release);
        Assert.Equal(0, await StorageServices.UserVersionAsync(path));

        await using (var services = StorageServices.Build(path))
        {
            var meetings = services.GetRequiredService<IMeetingStore>();
            var expected = new MeetingRecord(
                "4219111751", "TrueConf", "Weekly sync", "alex", ["kevin", "dean"], "https://video.example/c/4219111751",
                "https://video.example/page/4219111751", "msteams", "19:release@thread.v2", "29:alex-aad",
                "msteams:19:release@thread.v2:1700000000001", DateTimeOffset.Parse("2026-11-30T09:15:00Z"), CardMessageId: "1700000000999",
                ServiceAddress: "", TenantId: null, ReplyToId: null, State: MeetingState.Running, EndedAt: null, ParticipantCount: null,
                GuestUrl: null, OwnerReminded: false, CheckedAt: null);

            AssertSameMeeting(expected, await meetings.FindLatestInConversationAsync("msteams", "19:release@thread.v2", CancellationToken.None));
            AssertSameMeeting(expected, await meetings.FindByRequestKeyAsync(expected.RequestKey, CancellationToken.None));
            AssertSameMeeting(expected, await meetings.FindByConferenceIdAsync("TrueConf", "4219111751", CancellationToken.None));
            Assert.Equal(new RunningMeeting(expected.RequestKey, "TrueConf", "4219111751", expected.CheckedAt), Assert.Single(await meetings.ListRunningAsync(CancellationToken.None)));

            Assert.Equal(
                new UserLink("alex", LinkProvenance.SignedIn),
                await services.GetRequiredService<IUserLinkStore>().FindAsync("msteams", "29:alex-aad", CancellationToken.None));
            // Nobody had chosen a language then: the link's owner reads the locale's language, and can choose one now.
            var languages = services.GetRequiredService<IUserLanguageStore>();
            Assert.Null(await languages.FindLanguageAsync("msteams", "29:alex-aad", CancellationToken.None));
            await languages.SetLanguageAsync("msteams", "29:alex-aad", "ru", CancellationToken.None);
            Assert.Equal("ru", await languages.FindLanguageAsync("msteams", "29:alex-aad", CancellationToken.None));

            var outbox = services.GetRequiredService<IOutboxStore>();
            var waiting = Assert.Single(await outbox.DueAsync(DateTimeOffset.Parse("2026-11-30T09:17:00Z"), 10, CancellationToken.None));
            Assert.Equal(
                ("reply:waiting", "botframework", "19:release@thread.v2", "https://smba.example/teams/", "{\"type\":\"message\",\"text\":\"waiting\"}", (string?)null),
                (waiting.Message.ReplyKey, waiting.Message.Source, waiting.Message.Conversation, waiting.Message.Target,
                    Encoding.UTF8.GetString(waiting.Message.Body), waiting.Message.MeetingKey));
            Assert.Equal((DateTimeOffset.Parse("2026-11-30T09:16:00Z"), 2), (waiting.CreatedAt, waiting.Attempts));
            Assert.Equal(new DeliveredReply("1700000000888"), await outbox.FindDeliveredAsync("reply:delivered", CancellationToken.None));
        }

        Assert.Equal(SqliteMigrations.LatestVersion, await StorageServices.UserVersionAsync(path));
    }

    [Fact]
    public async Task An_upgraded_database_has_exactly_the_schema_of_a_new_one()
    {
        var upgraded = StorageServices.CopyOfFixture(Release);
        var created = StorageServices.NewPath();

        await OpenAsync(upgraded);
        await OpenAsync(created);

        Assert.Equal(await StorageServices.SchemaAsync(created), await StorageServices.SchemaAsync(upgraded));
    }

    [Fact]
    public async Task Opening_an_upgraded_database_again_changes_nothing()
    {
        var path = StorageServices.CopyOfFixture(Release);
        await OpenAsync(path);
        var schema = await StorageServices.SchemaAsync(path);
        var meetings = await StorageServices.QueryAsync(path, "SELECT * FROM meetings");
        var links = await StorageServices.QueryAsync(path, "SELECT * FROM user_links");

        await using (var services = StorageServices.Build(path))
        {
            Assert.NotNull(await services.GetRequiredService<IMeetingStore>().FindLatestInConversationAsync("msteams", "19:release@thread.v2", CancellationToken.None));
        }

        Assert.Equal(SqliteMigrations.LatestVersion, await StorageServices.UserVersionAsync(path));
        Assert.Equal(schema, await StorageServices.SchemaAsync(path));
        Assert.Equal(meetings, await StorageServices.QueryAsync(path, "SELECT * FROM meetings"));
        Assert.Equal(links, await StorageServices.QueryAsync(path, "SELECT * FROM user_links"));
    }

    [Fact]
    public async Task A_step_that_fails_leaves_nothing_of_itself_and_runs_whole_on_the_next_start()
    {
        var path = StorageServices.CopyOfFixture(Release);
        // Something in the way of the last statement of version 2, after its new columns were added.
        await StorageServices.QueryAsync(path, "CREATE TABLE meetings_running (x)");

        await using (var services = StorageServices.Build(path))
        {
            await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => services.GetRequiredService<SqliteDatabase>().OpenAsync(CancellationToken.None));
        }

        Assert.Equal(1, await StorageServices.UserVersionAsync(path));
        Assert.Empty(await StorageServices.QueryAsync(path, "SELECT name FROM pragma_table_info('meetings') WHERE name = 'service_address'"));

        await StorageServices.QueryAsync(path, "DROP TABLE meetings_running");
        await OpenAsync(path);

        Assert.Equal(SqliteMigrations.LatestVersion, await StorageServices.UserVersionAsync(path));
        Assert.Single(await StorageServices.QueryAsync(path, "SELECT name FROM pragma_table_info('meetings') WHERE name = 'service_address'"));
    }

    [Fact]
    public async Task A_database_of_the_release_before_provenance_keeps_its_links_as_claims_and_its_meeting_with_its_card()
    {
        var path = StorageServices.CopyOfFixture(PreProvenance);

        await using (var services = StorageServices.Build(path))
        {
            Assert.Equal(
                new UserLink("alex", LinkProvenance.Claimed),
                await services.GetRequiredService<IUserLinkStore>().FindAsync("msteams", "29:alex-aad", CancellationToken.None));

            var meeting = await services.GetRequiredService<IMeetingStore>().FindLatestInConversationAsync("msteams", "19:old@thread.v2", CancellationToken.None);
            AssertSameMeeting(
                new MeetingRecord(
                    "4219111751", "TrueConf", "Weekly sync", "alex", ["kevin", "dean"], "https://video.example/c/4219111751", null,
                    "msteams", "19:old@thread.v2", "29:alex-aad", "msteams:19:old@thread.v2:1700000000001", DateTimeOffset.Parse("2026-11-20T09:15:00Z"),
                    CardMessageId: "1700000000777"),
                meeting);

            // That release declared the outbox body as text; what it wrote is still delivered byte for byte.
            var outbox = services.GetRequiredService<IOutboxStore>();
            var waiting = Assert.Single(await outbox.DueAsync(DateTimeOffset.Parse("2026-11-20T09:17:00Z"), 10, CancellationToken.None));
            Assert.Equal(("reply:waiting", "{\"type\":\"message\",\"text\":\"waiting\"}"), (waiting.Message.ReplyKey, Encoding.UTF8.GetString(waiting.Message.Body)));
            Assert.Equal(new DeliveredReply("1700000000777"), await outbox.FindDeliveredAsync("reply:card", CancellationToken.None));
        }

        Assert.Equal(SqliteMigrations.LatestVersion, await StorageServices.UserVersionAsync(path));
    }

    [Fact]
    public async Task A_database_of_version_2_gains_the_channel_state_table_and_keeps_its_meetings()
    {
        // A version-2 file: one made now, without what version 3 added, numbered 2.
        var path = StorageServices.NewPath();
        await using (var services = StorageServices.Build(path))
        {
            await services.GetRequiredService<IMeetingStore>().TryAddAsync(
                new MeetingRecord(
                    "4219111751", "TrueConf", "Weekly sync", "alex", ["kevin"], "https://video.example/c/4219111751", null,
                    "slack", "C0GENERAL", "U0ALEX", "slack|C0GENERAL|1.trigger", DateTimeOffset.Parse("2026-12-01T09:15:00Z"), ServiceAddress: "T0AAA"),
                CancellationToken.None);
        }

        await StorageServices.QueryAsync(path, "DROP TABLE channel_state; DROP TABLE bot_secrets; DROP TABLE user_languages; ALTER TABLE meetings DROP COLUMN language; PRAGMA user_version = 2");
        Assert.Empty(await StorageServices.QueryAsync(path, "SELECT name FROM sqlite_master WHERE name = 'channel_state'"));

        await using (var services = StorageServices.Build(path))
        {
            var state = services.GetRequiredService<IChannelStateStore>();
            await state.SetAsync("slack-call:slack|C0GENERAL|1.trigger", "R0001", CancellationToken.None);
            Assert.Equal("R0001", await state.GetAsync("slack-call:slack|C0GENERAL|1.trigger", CancellationToken.None));
            Assert.NotNull(await services.GetRequiredService<IMeetingStore>().FindByRequestKeyAsync("slack|C0GENERAL|1.trigger", CancellationToken.None));
        }

        Assert.Equal(SqliteMigrations.LatestVersion, await StorageServices.UserVersionAsync(path));
        var created = StorageServices.NewPath();
        await OpenAsync(created);
        Assert.Equal(await StorageServices.SchemaAsync(created), await StorageServices.SchemaAsync(path));
    }

    [Fact]
    public async Task A_database_of_a_newer_release_is_refused_naming_the_file_and_both_versions_and_left_as_it_is()
    {
        var path = StorageServices.CopyOfFixture(Release);
        var newer = SqliteMigrations.LatestVersion + 1;
        await StorageServices.QueryAsync(path, $"PRAGMA user_version = {newer}");
        var schema = await StorageServices.SchemaAsync(path);

        // The writer itself refuses, even when nothing checked the file before it was opened.
        await using (var database = new SqliteDatabase(Options.Create(new StorageOptions { SqlitePath = path }), new HostingEnvironment { ContentRootPath = Path.GetTempPath() }, TimeProvider.System, NullLogger<SqliteDatabase>.Instance))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.OpenAsync(CancellationToken.None));
            Assert.Equal(SqliteMigrations.TooNewMessage(path, newer), error.Message);
        }

        Assert.Contains(path, SqliteMigrations.TooNewMessage(path, newer));
        Assert.Contains($"schema version {newer}, but this release knows versions up to {SqliteMigrations.LatestVersion}", SqliteMigrations.TooNewMessage(path, newer));
        Assert.Equal(newer, await StorageServices.UserVersionAsync(path));
        Assert.Equal(schema, await StorageServices.SchemaAsync(path));
    }

    [Fact]
    public async Task The_app_does_not_start_on_a_database_of_a_newer_release()
    {
        var path = StorageServices.CopyOfFixture(Release);
        var newer = SqliteMigrations.LatestVersion + 1;
        await StorageServices.QueryAsync(path, $"PRAGMA user_version = {newer}");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => BotHarness.StartAsync(databasePath: path));

        Assert.Contains(SqliteMigrations.TooNewMessage(path, newer), error.ToString());
        Assert.Equal(newer, await StorageServices.UserVersionAsync(path));
    }

    private static async Task OpenAsync(string path)
    {
        await using var services = StorageServices.Build(path);
        await services.GetRequiredService<SqliteDatabase>().OpenAsync(CancellationToken.None);
    }

    /// <summary>Every field equal (the invitee list by its items).</summary>
    private static void AssertSameMeeting(MeetingRecord expected, MeetingRecord? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.InviteeIds, actual.InviteeIds);
        Assert.Equal(expected with { InviteeIds = [] }, actual with { InviteeIds = [] });
    }
}
