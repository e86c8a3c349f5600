namespace MeetingBot.MoodHoodSimulator;

internal enum AdmissionStatus
{
    Admitted,
    RoomNotFound,
    PrivateWithoutToken,
    UnknownToken,
    Expired,
    Spent,
}

/// <summary>The meeting page's verdict on a visit; <paramref name="Participant"/> is set once somebody entered.</summary>
internal sealed record Admission(
    AdmissionStatus Status,
    SimulatedRoom? Room = null,
    CallParticipant? Participant = null,
    SimulatedCall? Call = null,
    CallEvent? Started = null);
