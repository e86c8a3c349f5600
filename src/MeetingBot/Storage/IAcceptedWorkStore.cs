namespace MeetingBot.Storage;

/// <summary>Work the bot answered <c>200</c> to, kept until it is finished so a crash does not lose it.</summary>
/// <param name="Attempts">How many times the work has been started, this one included.</param>
/// <param name="Payload">The request as it came (for chat activities, UTF-8 JSON).</param>
public sealed record AcceptedWork(string Key, string Source, byte[] Payload, int Attempts);

/// <summary>
/// The durable side of accepting a chat request: its de-duplication claim and its payload are written together,
/// before the answer, so a redelivery is recognised and the work survives a crash.
/// </summary>
public interface IAcceptedWorkStore
{
    /// <summary>
    /// Claims <paramref name="key"/> for <paramref name="claimLifetime"/> and records the work, in one write.
    /// False when the key was claimed already (a redelivery): nothing is recorded then.
    /// </summary>
    ValueTask<bool> TryAcceptAsync(string key, string source, byte[] payload, TimeSpan claimLifetime, CancellationToken cancellationToken);

    /// <summary>Forgets the work and its claim: it was not accepted after all (the channel is told to retry).</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken);

    /// <summary>The work is done (its replies are in the outbox); the claim stays to recognise redeliveries.</summary>
    Task CompleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// The unfinished work of <paramref name="source"/> accepted before <paramref name="acceptedBefore"/> (by an earlier
    /// run of the process: what this run accepts meanwhile is its own), each counted as started once more; work started
    /// <paramref name="maxAttempts"/> times already is dropped and returned in <c>Abandoned</c>.
    /// </summary>
    Task<(IReadOnlyList<AcceptedWork> Resumed, IReadOnlyList<string> Abandoned)> TakeUnfinishedAsync(
        string source, DateTimeOffset acceptedBefore, int maxAttempts, CancellationToken cancellationToken);
}
