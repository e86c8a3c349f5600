namespace MeetingBot.Conferencing;

/// <summary>One page of a conference list. <see cref="Total"/> is the count over all pages as the backend reports it.</summary>
public sealed record ConferencePage(int Total, IReadOnlyList<Conference> Conferences);

/// <summary>Which conferences to list. <see cref="Page"/> is 1-based; a null <see cref="State"/> or <see cref="OwnerId"/> means any.</summary>
public sealed record ConferenceQuery(ConferenceState? State, string? OwnerId, int Page, int PageSize);
