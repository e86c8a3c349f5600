using MeetingBot.Conferencing;
using MeetingBot.Storage;

namespace MeetingBot.Meetings;

/// <summary>
/// Starts a command's conference exactly once. The conference carries the command's key, so when the answer to
/// "create" is lost (timeout, server error, a crash in between) the conference is looked for before any new one
/// is made, and one found is started and used — its card arrives late rather than never. When the user has to
/// be told the start failed, the key is handed to <see cref="AbandonedStartSweeper"/>, which stops and deletes a
/// conference the server made after all: none is left running without its card.
/// </summary>
public sealed class ConferenceStarter(
    IConferenceService conferences, IAbandonedStartStore abandoned, AbandonedStartSweeper sweeper, TimeProvider clock)
{
    /// <param name="mayExist">The command ran before (resumed after a restart): its conference may exist already.</param>
    public async Task<StartedConference> StartAsync(NewConference request, bool mayExist, CancellationToken cancellationToken)
    {
        try
        {
            if (mayExist)
            {
                // An earlier run may have left it to the sweeper; this run finishes the job instead.
                await abandoned.ForgetAsync(request.RequestKey, CancellationToken.None).ConfigureAwait(false);
                if (await FindRunningAsync(request.RequestKey, cancellationToken).ConfigureAwait(false) is { } earlier)
                {
                    return new StartedConference(earlier, WasLate: true);
                }
            }

            try
            {
                return new StartedConference(await conferences.StartConferenceAsync(request, cancellationToken).ConfigureAwait(false), WasLate: false);
            }
            catch (ConferencingException error) when (OutcomeUnknown(error))
            {
                // The server may have created it before the answer was lost.
                if (await FindRunningAsync(request.RequestKey, cancellationToken).ConfigureAwait(false) is { } created)
                {
                    return new StartedConference(created, WasLate: true);
                }

                throw;
            }
        }
        catch (Exception error) when (error is ConferencingException conferencing && OutcomeUnknown(conferencing) || error is OperationCanceledException)
        {
            // The user will hear that it failed: make sure no conference of theirs runs on unseen.
            await abandoned.WatchAsync(request.RequestKey, clock.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            sweeper.Wake();
            throw;
        }
    }

    private async Task<Conference?> FindRunningAsync(string requestKey, CancellationToken cancellationToken) =>
        await conferences.FindByRequestKeyAsync(requestKey, cancellationToken).ConfigureAwait(false) is { } found
            ? await conferences.RunAsync(found, cancellationToken).ConfigureAwait(false)
            : null;

    private static bool OutcomeUnknown(ConferencingException error) =>
        error.Failure is ConferencingFailure.Unreachable or ConferencingFailure.TimedOut;
}

/// <param name="WasLate">The backend did not confirm the start in time; the conference was found afterwards.</param>
public sealed record StartedConference(Conference Conference, bool WasLate);
