namespace MeetingBot.Conferencing;

public enum ParticipantState
{
    InCall,
    BeingCalled,
    Invited,
}

/// <summary>A person of a conference and where they are; <see cref="JoinedAt"/> is set for <see cref="ParticipantState.InCall"/> when the backend tells it.</summary>
public sealed record ConferenceParticipant(string UserId, string DisplayName, ParticipantState State, DateTimeOffset? JoinedAt);
