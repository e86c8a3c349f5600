namespace MeetingBot.Commands;

/// <summary>One command as shown to users in the help card and the Teams app manifest.</summary>
/// <param name="Title">Short name (the Teams manifest allows 32 characters).</param>
/// <param name="Example">What to type; <see cref="CommandParser"/> understands it as the command described.</param>
/// <param name="Description">One sentence (the Teams manifest allows 128 characters).</param>
public sealed record CommandExample(string Title, string Example, string Description);
