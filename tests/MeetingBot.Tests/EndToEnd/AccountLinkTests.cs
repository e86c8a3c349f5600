using System.Text.Json.Nodes;
using MeetingBot.Tests.Infrastructure;

namespace MeetingBot.Tests.EndToEnd;

/// <summary>
/// <c>my trueconf id is …</c> and <c>link @X to …</c>: a link is stored only with proof (the account's e-mail
/// equals the chat account's, or an admin made it), is remembered in the embedded store and survives a restart.
/// </summary>
public sealed class AccountLinkTests
{
    private const string PatId = "29:pat";
    private const string PatName = "Pat Unknown";

    [Fact]
    public async Task An_unproven_self_link_is_refused_and_the_sender_stays_unlinked()
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.SendAsync(bot.Message("my trueconf id is helen", fromId: PatId, fromName: PatName));
        var reply = await bot.Connector.NextMessageAsync();
        await bot.SendAsync(bot.Message("start meeting", fromId: PatId, fromName: PatName));
        var next = await bot.Connector.NextMessageAsync();

        Assert.Contains("can't verify that **helen** is you", reply.Text);
        Assert.Contains("admin", reply.Text);
        Assert.Contains("sign in", next.Text);
        Assert.Empty(bot.TrueConf.Conferences);
    }

    [Fact]
    public async Task A_self_link_whose_email_matches_the_chat_account_owns_meetings_even_after_a_restart()
    {
        var database = Path.Combine(Path.GetTempPath(), "meetingbot-tests", Guid.NewGuid().ToString("N") + ".db");
        await using (var first = await BotHarness.StartAsync(databasePath: database))
        {
            first.Connector.AddMember(PatId, PatName, "Helen.Carter@contoso.example");
            await first.SendAsync(first.Message("my trueconf id is helen", fromId: PatId, fromName: PatName));
            var confirmation = await first.Connector.NextMessageAsync();
            Assert.Contains("**Helen Carter** (helen)", confirmation.Text);
        }

        // The new connector knows no e-mail for Pat: only the stored, verified link maps Pat now.
        await using var second = await BotHarness.StartAsync(databasePath: database);
        await second.SendAsync(second.Message("start meeting with kevin", fromId: PatId, fromName: PatName));
        await second.Connector.NextMessageAsync();

        Assert.Equal("helen", Assert.Single(second.TrueConf.Conferences).OwnerId);
    }

    [Fact]
    public async Task Another_persons_claim_never_takes_over_an_email_matched_account_and_the_sender_owns_their_meeting()
    {
        await using var bot = await BotHarness.StartAsync();
        bot.Connector.AddMember("29:helen", "Helen Carter", "helen.carter@contoso.example");

        await bot.SendAsync(bot.Message("my trueconf id is helen"));
        await bot.Connector.NextMessageAsync();
        await bot.SendAsync(bot.Message("start meeting"));
        var card = (await bot.Connector.NextMessageAsync()).Card!;
        await bot.SendAsync(bot.Message("start meeting", fromId: "29:helen", fromName: "Helen Carter"));
        await bot.Connector.NextMessageAsync();

        var alexs = bot.TrueConf.Conferences[0];
        Assert.Equal("alex", alexs.OwnerId);
        Assert.Contains("alex", alexs.Invitations.Select(invitation => invitation.UserId));
        Assert.Equal("Alex Wilber's meeting", (string?)card["body"]![1]!["text"]);
        Assert.Equal("Alex Wilber (alex)", Fact(card, "Owner"));
        Assert.Equal("helen", bot.TrueConf.Conferences[1].OwnerId);
    }

    [Fact]
    public async Task An_admin_links_someone_else_by_mention()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["MeetingBot:Admins:0"] = "boss@contoso.example" });
        bot.Connector.AddMember("29:boss", "The Boss", "Boss@Contoso.example");

        await bot.SendAsync(LinkMessage(bot, fromId: "29:boss", fromName: "The Boss"));
        var reply = await bot.Connector.NextMessageAsync();
        await bot.SendAsync(bot.Message("start meeting", fromId: PatId, fromName: PatName));
        await bot.Connector.NextMessageAsync();

        Assert.Contains("**Pat Unknown** is **Dean Novak** (dean)", reply.Text);
        Assert.Equal("dean", Assert.Single(bot.TrueConf.Conferences).OwnerId);
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_link_another_person()
    {
        await using var bot = await BotHarness.StartAsync(new() { ["MeetingBot:Admins:0"] = "29:boss" });

        await bot.SendAsync(LinkMessage(bot, fromId: TestActivities.AlexId, fromName: "Alex Wilber"));
        var reply = await bot.Connector.NextMessageAsync();
        await bot.SendAsync(bot.Message("start meeting", fromId: PatId, fromName: PatName));
        var next = await bot.Connector.NextMessageAsync();

        Assert.Contains("Only MeetingBot admins", reply.Text);
        Assert.Contains("sign in", next.Text);
        Assert.Empty(bot.TrueConf.Conferences);
    }

    [Theory]
    [InlineData("nobody", "no TrueConf user **nobody**")]
    [InlineData("olga", "disabled")]
    public async Task Linking_to_an_unknown_or_disabled_account_is_refused(string id, string expected)
    {
        await using var bot = await BotHarness.StartAsync();

        await bot.SendAsync(bot.Message($"my trueconf id is {id}", fromId: PatId, fromName: PatName));
        var reply = await bot.Connector.NextMessageAsync();
        await bot.SendAsync(bot.Message("start meeting", fromId: PatId, fromName: PatName));
        var next = await bot.Connector.NextMessageAsync();

        Assert.Contains(expected, reply.Text);
        Assert.Contains("my trueconf id is", next.Text);
        Assert.Empty(bot.TrueConf.Conferences);
    }

    private static JsonObject LinkMessage(BotHarness bot, string fromId, string fromName) =>
        TestActivities.ChannelMessage(bot.Connector.ServiceUrl, $"link <at>{PatName}</at> to dean", fromId, fromName, (PatId, PatName));

    private static string? Fact(JsonObject card, string title) =>
        (string?)card["body"]!.AsArray().Single(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray()
            .Single(f => (string?)f!["title"] == title)!["value"];
}
