using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Meetings;
using MeetingBot.Teams;

namespace MeetingBot.Benchmarks;

/// <summary>Building the "meeting started" Adaptive Card and serialising it, alone and as the reply activity.</summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private MeetingView _meeting = null!;
    private Activity _inbound = null!;
    private MeetingBot.AdaptiveCards.AdaptiveCard _card = null!;

    [GlobalSetup]
    public void Setup()
    {
        _meeting = Samples.Meeting();
        _inbound = JsonSerializer.Deserialize(Samples.ChannelMessageJson("start meeting with kevin"), BotFrameworkJsonContext.Default.Activity)!;
        _card = MeetingCardFactory.Meeting(_meeting);
    }

    [Benchmark]
    public object Build() => MeetingCardFactory.Meeting(_meeting);

    [Benchmark]
    public byte[] Serialize() => JsonSerializer.SerializeToUtf8Bytes(_card, BotFrameworkJsonContext.Default.AdaptiveCard);

    /// <summary>The measure: <c>MeetingCardFactory.Meeting</c> serialised with the AdaptiveCard context.</summary>
    [Benchmark(Baseline = true)]
    public byte[] BuildAndSerialize() =>
        JsonSerializer.SerializeToUtf8Bytes(MeetingCardFactory.Meeting(_meeting), BotFrameworkJsonContext.Default.AdaptiveCard);

    /// <summary>The whole reply body the bot posts to the Connector (card inside the outbound activity).</summary>
    [Benchmark]
    public byte[] RenderReplyActivity() =>
        JsonSerializer.SerializeToUtf8Bytes(
            TeamsReplyRenderer.Render(new MeetingCardReply(_meeting), _inbound), BotFrameworkJsonContext.Default.OutboundActivity);

    /// <summary>As the bot sends it today: Flurl serialises to a string first (DefaultJsonSerializer), then UTF-8.</summary>
    [Benchmark]
    public string RenderReplyActivityAsString() =>
        JsonSerializer.Serialize(
            (object)TeamsReplyRenderer.Render(new MeetingCardReply(_meeting), _inbound), BotFrameworkJsonContext.Default.Options);
}
