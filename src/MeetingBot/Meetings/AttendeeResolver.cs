using MeetingBot.Commands;
using Microsoft.Extensions.Options;

namespace MeetingBot.Meetings;

/// <summary>
/// Everyone a command names (start, invite), checked against the directory before anything is done: refuses a
/// list longer than one command may invite, and looks the rest up a few at a time, in the order they were named.
/// </summary>
public sealed class AttendeeResolver(IPersonResolver resolver, IOptionsMonitor<MeetingBotOptions> options)
{
    /// <summary>
    /// People looked up at the same time. One person's lookups run one after another, so this is also the most
    /// calls one command has in flight at the video server: a long list must not flood it.
    /// </summary>
    internal const int LookupsInFlight = 8;

    /// <summary>The refusal to send when the command names more people than one command may invite, else null.</summary>
    public string? RefuseTooMany(IReadOnlyList<PersonReference> people)
    {
        var max = options.CurrentValue.MaxInvitees;
        return people.Count > max ? BotTexts.TooManyInvitees(people.Count, max) : null;
    }

    public async Task<Attendees> ResolveAsync(IReadOnlyList<PersonReference> people, IChatConversation chat, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(LookupsInFlight);
        var sender = OneAtATimeAsync(gate, () => resolver.ResolveSenderAsync(chat, cancellationToken), cancellationToken);
        var invitees = ResolveEachAsync(gate, people, chat, cancellationToken);
        return new Attendees(await sender.ConfigureAwait(false), await invitees.ConfigureAwait(false));
    }

    /// <summary>The reply naming everybody who cannot be invited, or null when everybody was found.</summary>
    /// <param name="what">What was not done, e.g. <see cref="BotTexts.StartTheMeeting"/>.</param>
    public static string? ProblemsText(string what, string backend, IReadOnlyList<PersonReference> asked, IReadOnlyList<PersonResolution> found)
    {
        var problems = asked.Zip(found).Where(pair => pair.Second is not ResolvedPerson).ToArray();
        if (problems.Length == 0)
        {
            return null;
        }

        // A chat member not found carries its own advice (@mention them); the backend-account advice is for the others.
        var notFound = problems.Where(pair => pair.Second is not (DisabledPerson or UnknownMember or AmbiguousMember)).Select(pair => pair.First).ToArray();
        return BotTexts.NotDone(
            what,
            backend,
            problems.Select(pair => Describe(backend, pair.Second)),
            typedNotFound: notFound.Any(person => person is NamedPerson),
            mentionedNotFound: notFound.Any(person => person is MentionedPerson));
    }

    private static string Describe(string backend, PersonResolution person) => person switch
    {
        DisabledPerson disabled => BotTexts.PersonDisabled(backend, disabled.RequestedAs, disabled.User.Id),
        AmbiguousPerson ambiguous => BotTexts.PersonAmbiguous(backend, ambiguous.RequestedAs, ambiguous.Candidates.Select(user => user.Id)),
        UnknownMember member => BotTexts.NotAMember(member.RequestedAs),
        AmbiguousMember member => BotTexts.SeveralMembers(member.RequestedAs, member.CandidateNames),
        _ => BotTexts.PersonUnknown(backend, person.RequestedAs),
    };

    /// <summary>The people only, in the order they were named (for commands that need nothing of the sender).</summary>
    public async Task<IReadOnlyList<PersonResolution>> ResolvePeopleAsync(IReadOnlyList<PersonReference> people, IChatConversation chat, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(LookupsInFlight);
        return await ResolveEachAsync(gate, people, chat, cancellationToken).ConfigureAwait(false);
    }

    private Task<PersonResolution[]> ResolveEachAsync(SemaphoreSlim gate, IReadOnlyList<PersonReference> people, IChatConversation chat, CancellationToken cancellationToken) =>
        Task.WhenAll(people.Select(person => OneAtATimeAsync(gate, () => resolver.ResolveAsync(person, chat, cancellationToken), cancellationToken)));

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
