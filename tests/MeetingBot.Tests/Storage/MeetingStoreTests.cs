using MeetingBot.Storage;
using MeetingBot.Storage.Sqlite;
using MeetingBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage;

/// <summary>
/// The SQLite side of the meeting store: its indexes, and a meeting started from the chat surviving a restart. Its
/// behaviour on both providers is <see cref="Contracts.MeetingStoreContract"/>.
/// </summary>
public sealed class MeetingStoreTests : IAsyncDisposable
{
    private readonly string _path = StorageServices.NewPath();
    private readonly ServiceProvider _services;

    public MeetingStoreTests() => _services = StorageServices.Build(_path);

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task The_running_list_and_the_conference_lookup_read_their_indexes()
    {
        await _services.GetRequiredService<SqliteDatabase>().OpenAsync(CancellationToken.None);

        var running = await PlanAsync("SELECT * FROM meetings WHERE state = 0 ORDER BY started_at");
        var conference = await PlanAsync("SELECT * FROM meetings WHERE backend = 'TrueConf' AND conference_id = '1' ORDER BY started_at DESC LIMIT 1");

        Assert.Contains("meetings_running", running);
        Assert.DoesNotContain("TEMP B-TREE", running); // already in order
        Assert.Contains("meetings_by_conference", conference);
        Assert.DoesNotContain("TEMP B-TREE", conference);
    }

    [Fact]
    public async Task A_meeting_started_from_the_chat_keeps_the_conversations_service_address_across_a_restart()
    {
        var path = StorageServices.NewPath();
        string serviceUrl;
        string? cardId;
        await using (var bot = await BotHarness.StartAsync(databasePath: path))
        {
            serviceUrl = bot.Connector.ServiceUrl;
            await bot.SendAsync(bot.Message("start meeting"));
            cardId = (await bot.Connector.NextMessageAsync()).ReturnedId;
            var store = bot.App.Services.GetRequiredService<IMeetingStore>();
            for (var i = 0; i < 100 && await store.FindLatestInConversationAsync("msteams", TestActivities.ConversationId, CancellationToken.None) is null; i++)
            {
                await Task.Delay(50); // the record is written right after the connector answers
            }
        }

        await using var restarted = await BotHarness.StartAsync(databasePath: path);
        var latest = await restarted.App.Services.GetRequiredService<IMeetingStore>()
            .FindLatestInConversationAsync("msteams", TestActivities.ConversationId, CancellationToken.None);

        Assert.Equal((serviceUrl, cardId, MeetingState.Running), (latest?.ServiceAddress, latest?.CardMessageId, latest?.State));
    }

    private async Task<string> PlanAsync(string sql) =>
        string.Join(" | ", (await StorageServices.QueryAsync(_path, "EXPLAIN QUERY PLAN " + sql)).Select(row => row[3]));
}
