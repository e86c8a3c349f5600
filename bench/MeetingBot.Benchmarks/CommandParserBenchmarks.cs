using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MeetingBot.BotFramework.Schema;
using MeetingBot.Commands;
using MeetingBot.Teams;

namespace MeetingBot.Benchmarks;

/// <summary>
/// Reading a command: the parser alone, and the whole per-message path the endpoint and handler run
/// (JSON → activity, bot mention removed, other mentions collected, parsed).
/// </summary>
[MemoryDiagnoser]
public class CommandParserBenchmarks
{
    private static readonly CommandParser Parser = new("TrueConf");

    private static readonly MessageMention[] NoMentions = [];
    private static readonly MessageMention[] KevinMention = [new("29:kevin-aad", "Kevin Example", "<at>Kevin Example</at>")];

    private byte[] _typedJson = null!;
    private Activity _typed = null!;
    private Activity _mentioned = null!;

    [GlobalSetup]
    public void Setup()
    {
        _typedJson = Samples.ChannelMessageJson("start meeting with kevin");
        _typed = JsonSerializer.Deserialize(_typedJson, BotFrameworkJsonContext.Default.Activity)!;
        _mentioned = JsonSerializer.Deserialize(
            Samples.ChannelMessageJson("start meeting with <at>Kevin Example</at> about Q3 planning", ("29:kevin-aad", "Kevin Example")),
            BotFrameworkJsonContext.Default.Activity)!;
        if (Parse_TypedName() is not StartMeetingCommand || FromActivity_Mention() is not StartMeetingCommand)
        {
            throw new InvalidOperationException("the samples do not parse as start-meeting commands");
        }
    }

    /// <summary><c>Parser.Parse("start meeting with kevin", [])</c> — the load test's command.</summary>
    [Benchmark(Baseline = true)]
    public BotCommand Parse_TypedName() => Parser.Parse("start meeting with kevin", NoMentions);

    [Benchmark]
    public BotCommand Parse_MentionAndTopic() =>
        Parser.Parse("start meeting with <at>Kevin Example</at> about Q3 planning", KevinMention);

    [Benchmark]
    public BotCommand Parse_Help() => Parser.Parse("what can you do?", NoMentions);

    /// <summary>Mention handling + parse from an already deserialised activity (what TeamsActivityHandler does).</summary>
    [Benchmark]
    public BotCommand FromActivity_TypedName() =>
        Parser.Parse(TeamsMentions.RemoveRecipientMention(_typed), TeamsMentions.OtherMentions(_typed));

    [Benchmark]
    public BotCommand FromActivity_Mention() =>
        Parser.Parse(TeamsMentions.RemoveRecipientMention(_mentioned), TeamsMentions.OtherMentions(_mentioned));

    /// <summary>The endpoint's JSON read of the load test's activity (about 1.4 KB).</summary>
    [Benchmark]
    public Activity? DeserializeActivity() => JsonSerializer.Deserialize(_typedJson, BotFrameworkJsonContext.Default.Activity);
}
