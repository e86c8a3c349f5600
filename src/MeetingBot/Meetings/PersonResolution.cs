using MeetingBot.Conferencing;

namespace MeetingBot.Meetings;

/// <summary>The outcome of mapping somebody named in chat to a user of the video backend.</summary>
public abstract record PersonResolution(string RequestedAs);

public sealed record ResolvedPerson(string RequestedAs, ConferenceUser User) : PersonResolution(RequestedAs);

public sealed record UnknownPerson(string RequestedAs) : PersonResolution(RequestedAs);

public sealed record DisabledPerson(string RequestedAs, ConferenceUser User) : PersonResolution(RequestedAs);

public sealed record AmbiguousPerson(string RequestedAs, IReadOnlyList<ConferenceUser> Candidates) : PersonResolution(RequestedAs);

/// <summary>A typed name that is no member of the conversation (a backend without a directory knows only chat users).</summary>
public sealed record UnknownMember(string RequestedAs) : PersonResolution(RequestedAs);

/// <summary>A typed name several members of the conversation answer to.</summary>
public sealed record AmbiguousMember(string RequestedAs, IReadOnlyList<string> CandidateNames) : PersonResolution(RequestedAs);
