namespace MeetingBot.MoodHoodSimulator.Models;

/// <summary><c>{"code":"NOT_FOUND","message":"…"}</c> (reference §8).</summary>
internal sealed record ApiErrorWire(string Code, string Message);
