namespace MeetingBot.MoodHoodSimulator.Models;

/// <summary><c>GET /v1/users/me</c> (reference §5.2).</summary>
internal sealed record UserWire(string Id, string Email, string Username);
