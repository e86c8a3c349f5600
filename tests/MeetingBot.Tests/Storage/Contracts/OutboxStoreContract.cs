using MeetingBot.Storage;
using MeetingBot.Tests.Infrastructure;
using MeetingBot.Tests.Storage.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace MeetingBot.Tests.Storage.Contracts;

/// <summary>What <see cref="IOutboxStore"/> promises on either provider.</summary>
public abstract class OutboxStoreContract : StoreContract
{
    protected static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    protected IOutboxStore Outbox => Get<IOutboxStore>();

    [Fact]
    public async Task A_message_comes_back_due_as_it_was_written()
    {
        var card = Message("card:1", "19:a", "activity:1", meetingKey: "meeting:1") with { Body = [0, 1, 2, 254, 255] };
        await Outbox.AddAsync(card, Now.AddSeconds(-5), attempts: 1, dueAt: Now, CancellationToken.None);

        var due = Assert.Single(await Outbox.DueAsync(Now, 10, CancellationToken.None));

        Assert.Equal(card with { Body = [] }, due.Message with { Body = [] });
        Assert.Equal(card.Body, due.Message.Body);
        Assert.Equal((Now.AddSeconds(-5).ToUnixTimeMilliseconds(), 1), (due.CreatedAt.ToUnixTimeMilliseconds(), due.Attempts));
    }

    [Fact]
    public async Task A_reply_key_is_written_down_once()
    {
        await Outbox.AddAsync(Message("reply:1", "19:a", "t1"), Now, 0, Now, CancellationToken.None);
        await Outbox.AddAsync(Message("reply:1", "19:a", "t1") with { Body = "second"u8.ToArray() }, Now, 0, Now, CancellationToken.None);

        var due = Assert.Single(await Outbox.DueAsync(Now, 10, CancellationToken.None));

        Assert.Equal("body", System.Text.Encoding.UTF8.GetString(due.Message.Body));
    }

    [Fact]
    public async Task Each_conversation_sends_its_oldest_message_first_and_only_when_it_is_due()
    {
        await Outbox.AddAsync(Message("a1", "19:a", "t"), Now, 1, Now.AddMinutes(1), CancellationToken.None); // waits for a retry
        await Outbox.AddAsync(Message("a2", "19:a", "t2"), Now, 0, Now, CancellationToken.None);
        await Outbox.AddAsync(Message("b1", "19:b", "t"), Now, 0, Now, CancellationToken.None);
        await Outbox.AddAsync(Message("b2", "19:b", "t2"), Now, 0, Now, CancellationToken.None);

        var now = await Outbox.DueAsync(Now, 10, CancellationToken.None);
        var inAMinute = await Outbox.DueAsync(Now.AddMinutes(1), 10, CancellationToken.None);

        Assert.Equal(["b1"], now.Select(due => due.Message.ReplyKey));
        Assert.Equal(["a1", "b1"], inAMinute.Select(due => due.Message.ReplyKey).Order());
    }

    [Fact]
    public async Task A_finished_message_lets_the_next_of_its_conversation_go()
    {
        await Outbox.AddAsync(Message("a1", "19:a", "t1"), Now, 0, Now, CancellationToken.None);
        await Outbox.AddAsync(Message("a2", "19:a", "t2"), Now, 0, Now, CancellationToken.None);
        await Outbox.AddAsync(Message("a3", "19:a", "t3"), Now, 0, Now, CancellationToken.None);

        var first = Assert.Single(await Outbox.DueAsync(Now, 10, CancellationToken.None));
        await Outbox.MarkDeliveredAsync(first.Sequence, "m1", CancellationToken.None);
        var second = Assert.Single(await Outbox.DueAsync(Now, 10, CancellationToken.None));
        await Outbox.GiveUpAsync(second.Sequence, CancellationToken.None);
        var third = Assert.Single(await Outbox.DueAsync(Now, 10, CancellationToken.None));
        await Outbox.MarkDeliveredAsync(third.Sequence, null, CancellationToken.None);

        Assert.Equal(["a1", "a2", "a3"], new[] { first, second, third }.Select(due => due.Message.ReplyKey));
        Assert.Empty(await Outbox.DueAsync(Now.AddDays(1), 10, CancellationToken.None));
        Assert.Null(await Outbox.NextDueAsync(CancellationToken.None));
        Assert.Empty(await Outbox.WaitingConversationsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_retried_message_waits_until_its_next_attempt_with_its_attempts_counted()
    {
        await Outbox.AddAsync(Message("a1", "19:a", "t"), Now, 0, Now, CancellationToken.None);
        var first = Assert.Single(await Outbox.DueAsync(Now, 10, CancellationToken.None));

        await Outbox.RetryLaterAsync(first.Sequence, 2, Now.AddSeconds(30), CancellationToken.None);

        Assert.Empty(await Outbox.DueAsync(Now.AddSeconds(29), 10, CancellationToken.None));
        Assert.Equal(Now.AddSeconds(30).ToUnixTimeMilliseconds(), (await Outbox.NextDueAsync(CancellationToken.None))?.ToUnixTimeMilliseconds());
        var retried = Assert.Single(await Outbox.DueAsync(Now.AddSeconds(30), 10, CancellationToken.None));
        Assert.Equal((first.Sequence, 2), (retried.Sequence, retried.Attempts));
    }

    [Fact]
    public async Task The_next_due_time_is_the_earliest_and_none_when_nothing_waits()
    {
        Assert.Null(await Outbox.NextDueAsync(CancellationToken.None));
        await Outbox.AddAsync(Message("a1", "19:a", "t"), Now, 1, Now.AddSeconds(20), CancellationToken.None);
        await Outbox.AddAsync(Message("b1", "19:b", "t"), Now, 1, Now.AddSeconds(10), CancellationToken.None);

        Assert.Equal(Now.AddSeconds(10).ToUnixTimeMilliseconds(), (await Outbox.NextDueAsync(CancellationToken.None))?.ToUnixTimeMilliseconds());
        Assert.Equal(["19:a", "19:b"], (await Outbox.WaitingConversationsAsync(CancellationToken.None)).Order());
    }

    [Fact]
    public async Task A_message_queued_behind_one_waiting_for_a_retry_does_not_make_the_conversation_due_sooner()
    {
        await Outbox.AddAsync(Message("a1", "19:a", "t"), Now, 1, Now.AddSeconds(30), CancellationToken.None);
        await Outbox.AddAsync(Message("a2", "19:a", "t2"), Now, 0, Now, CancellationToken.None);

        // Else the deliverer would wake at once and find nothing due, again and again until the retry.
        Assert.Equal(Now.AddSeconds(30).ToUnixTimeMilliseconds(), (await Outbox.NextDueAsync(CancellationToken.None))?.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task A_newer_message_to_the_same_target_of_the_conversation_is_found()
    {
        await Outbox.AddAsync(Message("update:1", "19:a", "card-7"), Now, 0, Now, CancellationToken.None);
        await Outbox.AddAsync(Message("other:1", "19:a", "card-8"), Now, 0, Now, CancellationToken.None);
        await Outbox.AddAsync(Message("elsewhere:1", "19:b", "card-7"), Now, 0, Now, CancellationToken.None);
        var older = (await Outbox.DueAsync(Now, 10, CancellationToken.None)).Single(due => due.Message.ReplyKey == "update:1");

        var before = await Outbox.HasNewerToSameTargetAsync(older, CancellationToken.None);
        await Outbox.AddAsync(Message("update:2", "19:a", "card-7"), Now, 0, Now, CancellationToken.None);
        var after = await Outbox.HasNewerToSameTargetAsync(older, CancellationToken.None);

        Assert.False(before);
        Assert.True(after);
    }

    [Fact]
    public async Task Delivered_replies_are_found_by_key_whichever_way_they_went_out()
    {
        await Outbox.RecordDeliveredAsync("direct", "m-direct", CancellationToken.None);
        await Outbox.RecordDeliveredAsync("direct-no-id", null, CancellationToken.None);
        await Outbox.AddAsync(Message("late", "19:a", "t"), Now, 1, Now, CancellationToken.None);
        await Outbox.AddAsync(Message("refused", "19:b", "t"), Now, 1, Now, CancellationToken.None);
        await Outbox.AddAsync(Message("waiting", "19:c", "t"), Now, 1, Now.AddMinutes(1), CancellationToken.None);
        foreach (var due in await Outbox.DueAsync(Now, 10, CancellationToken.None))
        {
            await (due.Message.ReplyKey == "late"
                ? Outbox.MarkDeliveredAsync(due.Sequence, "m-late", CancellationToken.None)
                : Outbox.GiveUpAsync(due.Sequence, CancellationToken.None));
        }

        Assert.Equal(new DeliveredReply("m-direct"), await Outbox.FindDeliveredAsync("direct", CancellationToken.None));
        Assert.Equal(new DeliveredReply(null), await Outbox.FindDeliveredAsync("direct-no-id", CancellationToken.None));
        Assert.Equal(new DeliveredReply("m-late"), await Outbox.FindDeliveredAsync("late", CancellationToken.None));
        Assert.Null(await Outbox.FindDeliveredAsync("refused", CancellationToken.None));
        Assert.Null(await Outbox.FindDeliveredAsync("waiting", CancellationToken.None));
        Assert.Null(await Outbox.FindDeliveredAsync("never", CancellationToken.None));
    }

    [Fact]
    public async Task A_delivered_reply_is_not_written_down_again_and_a_purge_keeps_what_is_recent()
    {
        await Outbox.AddAsync(Message("card", "19:a", "t"), Now, 1, Now, CancellationToken.None);
        var due = Assert.Single(await Outbox.DueAsync(Now, 10, CancellationToken.None));
        await Outbox.MarkDeliveredAsync(due.Sequence, "m-1", CancellationToken.None);
        await Outbox.RecordDeliveredAsync("direct", "m-2", CancellationToken.None);

        await Outbox.PurgeFinishedAsync(DateTimeOffset.UtcNow.AddMinutes(-30), CancellationToken.None);
        await Outbox.AddAsync(Message("card", "19:a", "t"), Now, 0, Now, CancellationToken.None);

        Assert.Empty(await Outbox.DueAsync(Now, 10, CancellationToken.None));
        Assert.Equal(new DeliveredReply("m-1"), await Outbox.FindDeliveredAsync("card", CancellationToken.None));
        Assert.Equal(new DeliveredReply("m-2"), await Outbox.FindDeliveredAsync("direct", CancellationToken.None));
    }

    [Fact]
    public async Task At_most_the_limit_is_due_at_once()
    {
        for (var i = 0; i < 5; i++)
        {
            await Outbox.AddAsync(Message($"r{i}", $"19:{i}", "t"), Now, 0, Now, CancellationToken.None);
        }

        Assert.Equal(3, (await Outbox.DueAsync(Now, 3, CancellationToken.None)).Count);
    }

    protected static OutboxMessage Message(string replyKey, string conversation, string target, string? meetingKey = null) =>
        new(replyKey, "botframework", conversation, target, "body"u8.ToArray(), meetingKey);
}

public sealed class SqliteOutboxStoreContractTests : OutboxStoreContract
{
    protected override Task<ServiceProvider> CreateStoreAsync() => NewSqliteStoreAsync();

    [Fact]
    public async Task A_purge_forgets_what_finished_before_it()
    {
        await Outbox.AddAsync(Message("card", "19:a", "t"), Now, 1, Now, CancellationToken.None);
        await Outbox.MarkDeliveredAsync(Assert.Single(await Outbox.DueAsync(Now, 10, CancellationToken.None)).Sequence, "m-1", CancellationToken.None);
        await Outbox.RecordDeliveredAsync("direct", "m-2", CancellationToken.None);

        await Outbox.PurgeFinishedAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Null(await Outbox.FindDeliveredAsync("card", CancellationToken.None));
        Assert.Null(await Outbox.FindDeliveredAsync("direct", CancellationToken.None));
    }
}

public sealed class RedisOutboxStoreContractTests : OutboxStoreContract
{
    protected override async Task<ServiceProvider> CreateStoreAsync() => RedisInstances.Build(await RedisServer.Shared, RedisServer.NewPrefix());
}
