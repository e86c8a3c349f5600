namespace MeetingBot.Commands;

/// <summary>One command as shown to users in the help card and the Teams app manifest.</summary>
/// <param name="Title">Short name (the Teams manifest allows 32 characters).</param>
/// <param name="Example">What to type; the parser understands it as the command described.</param>
/// <param name="Description">One sentence (the Teams manifest allows 128 characters).</param>
public sealed record CommandExample(string Title, string Example, string Description)
{
    /// <summary>The example shows guest links: help leaves it out for a backend without them.</summary>
    public bool NeedsGuests { get; init; }

    internal CommandExample For(string serviceName) => this with
    {
        Title = Title.Replace("{service}", serviceName, StringComparison.Ordinal),
        Example = Example.Replace("{service}", serviceName.ToLowerInvariant(), StringComparison.Ordinal),
        Description = Description.Replace("{service}", serviceName, StringComparison.Ordinal),
    };
}
