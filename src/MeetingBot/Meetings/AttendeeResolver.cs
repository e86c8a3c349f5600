using MeetingBot.Commands;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// Everyone a start-meeting command names, checked against the directory before anything is created: refuses a
/// list longer than one command may invite, and looks the rest up a few at a time, in the order they were named.
/// </summary>
public sealed class AttendeeResolver(ParticipantResolver resolver, IOptionsMonitor<MeetingBotOptions> options)
{
    /// <summary>
    /// People looked up at the same time. One person's lookups run one after another, so this is also the most
    /// calls one command has in flight at the video server: a long list must not flood it.
    /// </summary>
    internal const int LookupsInFlight = 8;

    /// <summary>The refusal to send when the command names more people than one command may invite, else null.</summary>
    public string? RefuseTooMany(StartMeetingCommand command)
    {
        var max = options.CurrentValue.MaxInvitees;
        return command.Invitees.Count > max ? BotTexts.TooManyInvitees(command.Invitees.Count, max) : null;
    }

    public async Task<Attendees> ResolveAsync(StartMeetingCommand command, IChatConversation chat, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(LookupsInFlight);
        var sender = OneAtATimeAsync(gate, () => resolver.ResolveSenderAsync(chat, cancellationToken), cancellationToken);
        var invitees = command.Invitees
            .Select(person => OneAtATimeAsync(gate, () => resolver.ResolveAsync(person, chat, cancellationToken), cancellationToken))
            .ToArray();
        return new Attendees(await sender.ConfigureAwait(false), await Task.WhenAll(invitees).ConfigureAwait(false));
    }

    private static async Task<PersonResolution> OneAtATimeAsync(
        SemaphoreSlim gate, Func<Task<PersonResolution>> lookUp, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await lookUp().ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }
}

/// <summary>The sender and the invitees of one command, invitees in the order they were named.</summary>
public sealed record Attendees(PersonResolution Sender, IReadOnlyList<PersonResolution> Invitees);
