using System.Text.Json;
using MeetingBot.BotFramework.Schema;
using Microsoft.Extensions.Caching.Memory;

namespace MeetingBot.BotFramework;

/// <summary>
/// Runs an invoke once and gives a redelivery (Teams may send the same invoke twice with the same id) the same
/// answer, without running the action again. Kept in memory, not in the claim store: an invoke is answered inline
/// within seconds, and Teams repeats it to the instance that is still answering or just did; the answer holds a card,
/// which the claim store has no place for. A repeat reaching another instance runs the action again, so actions
/// stay harmless when repeated (the core's own idempotency keys). The memory is bounded in time and in count: a
/// burst of clicks must not keep every answer's card alive (a flood once held hundreds of MB and slowed every answer).
/// An answer is remembered as the bytes that went out, not as its card: thousands of cards living a minute or two
/// were thousands of object graphs for every collection to trace and move (clicks stalled 50–60 ms at p99).
/// </summary>
public sealed partial class InvokeAnswers(IActivityHandler handler, IHostApplicationLifetime lifetime, ILogger<InvokeAnswers> logger) : IDisposable
{
    /// <summary>Longer than the 15 s Teams retries for, and the 30 s after which it retries with a new id anyway.</summary>
    private static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(2);

    /// <summary>Answers remembered at most; beyond it a new click is answered without being remembered until room is made.</summary>
    internal const int MaxRemembered = 4096;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxRemembered, CompactionPercentage = 0.25 });
    private readonly Lock _gate = new();

    /// <summary>The handler's answer as its JSON body (UTF-8), or null when no handler knows the invoke (→ 501).</summary>
    public async Task<byte[]?> AnswerAsync(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Id))
        {
            return await RunAsync(activity).ConfigureAwait(false);
        }

        var key = string.Concat("invoke|", activity.ChannelId, "|", activity.Conversation?.Id, "|", activity.Id);
        Lazy<Task<byte[]?>> answer;
        lock (_gate)
        {
            if (!_cache.TryGetValue(key, out answer!))
            {
                answer = new Lazy<Task<byte[]?>>(() => RunAsync(activity));
                _cache.Set(key, answer, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = RememberFor, Size = 1 });
            }
        }

        return await answer.Value.ConfigureAwait(false);
    }

    private async Task<byte[]?> RunAsync(Activity activity)
    {
        InvokeAnswer? answer;
        try
        {
            // Not the request's token: an action that outlives a dropped connection still finishes.
            answer = await handler.HandleInvokeAsync(activity, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException || !lifetime.ApplicationStopping.IsCancellationRequested)
        {
            LogInvokeFailed(error, activity.Name ?? string.Empty);
            answer = InvokeResponse.Error(StatusCodes.Status500InternalServerError, "ServiceError", Localization.Texts.Format("InvokeFailed"));
        }

        return answer is null ? null : JsonSerializer.SerializeToUtf8Bytes(answer, BotFrameworkJsonContext.Default.GetTypeInfo(answer.GetType())!);
    }

    /// <summary>How many answers are remembered now.</summary>
    internal int RememberedCount => _cache.Count;

    public void Dispose() => _cache.Dispose();

    [LoggerMessage(EventId = 1008, Level = LogLevel.Error, Message = "Invoke {Name} failed")]
    private partial void LogInvokeFailed(Exception error, string name);
}
