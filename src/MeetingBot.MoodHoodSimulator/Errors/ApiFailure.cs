namespace MeetingBot.MoodHoodSimulator.Errors;

/// <summary>A failed API call: HTTP status plus the <c>{"code","message"}</c> body of reference §8.</summary>
internal sealed record ApiFailure(int Status, string Code, string Message);
