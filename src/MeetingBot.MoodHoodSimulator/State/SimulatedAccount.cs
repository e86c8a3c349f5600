namespace MeetingBot.MoodHoodSimulator;

/// <summary>A registered MoodHood account: the one the bot signs in as (password grant or personal token).</summary>
public sealed record SimulatedAccount(string Id, string Email, string Username, string Password);
