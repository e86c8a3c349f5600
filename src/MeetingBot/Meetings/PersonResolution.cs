using MeetingBot.Conferencing;

namespace MeetingBot.Meetings;

/// <summary>The outcome of mapping somebody named in chat to a user of the video backend.</summary>
public abstract record PersonResolution(string RequestedAs);

public sealed record ResolvedPerson(string RequestedAs, ConferenceUser User) : PersonResolution(RequestedAs);

public sealed record UnknownPerson(string RequestedAs) : PersonResolution(RequestedAs);

public sealed record DisabledPerson(string RequestedAs, ConferenceUser User) : PersonResolution(RequestedAs);

public sealed record AmbiguousPerson(string RequestedAs, IReadOnlyList<ConferenceUser> Candidates) : PersonResolution(RequestedAs);
