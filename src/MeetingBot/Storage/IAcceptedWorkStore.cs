namespace MeetingBot.Storage;

/// <summary>Work the bot answered <c>200</c> to, kept until it is finished so a crash does not lose it.</summary>
/// <param name="Attempts">How many times the work has been started, this one included.</param>
/// <param name="Payload">The request as it came (for chat activities, UTF-8 JSON).</param>
public sealed record AcceptedWork(string Key, string Source, byte[] Payload, int Attempts);

/// <summary>One run of accepted work (<see cref="IAcceptedWorkStore.BeginRun"/>).</summary>
public interface IAcceptedWorkRun : IAsyncDisposable
{
    /// <summary><see cref="IAcceptedWorkStore.CompleteAsync"/>, with what the run held back.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}

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
    /// Opens a run of the work <paramref name="key"/> on the current flow, until it is disposed. A store may hold back
    /// what the run writes only for a repeat of itself (the mark of its last delivered reply,
    /// <see cref="IOutboxStore.RecordDeliveredAsync"/>) and write it with the run's completion, in the same write; a run
    /// disposed without completing writes what it holds on its own.
    /// </summary>
    IAcceptedWorkRun BeginRun(string key);

    /// <summary>
    /// The unfinished work of <paramref name="source"/> that no running instance owns — the only instance (SQLite): what
    /// an earlier run of the process accepted; several (Redis): what an instance claimed and has not renewed for the
    /// takeover timeout (it died) — each counted as started once more and from now on this instance's own. Work started
    /// <paramref name="maxAttempts"/> times already is dropped and returned in <c>Abandoned</c>. The call also renews this
    /// instance's claim on its own unfinished work of <paramref name="source"/>.
    /// </summary>
    Task<(IReadOnlyList<AcceptedWork> Resumed, IReadOnlyList<string> Abandoned)> TakeUnfinishedAsync(
        string source, int maxAttempts, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps this instance's unfinished work of <paramref name="source"/> its own without taking anyone else's: while
    /// it stops, it still finishes what it runs, and another instance must not take that over meanwhile.
    /// </summary>
    Task RenewOwnAsync(string source, CancellationToken cancellationToken);

    /// <summary>
    /// How often <see cref="TakeUnfinishedAsync"/> must be called again after start-up, to take over what a dead
    /// instance left and to keep this one's own work from being taken; null when once at start-up is all it takes
    /// (the only instance: nothing it did not finish can appear while it runs).
    /// </summary>
    TimeSpan? RecheckEvery { get; }
}
