namespace MeetingBot.TeamsPackage;

/// <summary>A problem the person building the package can fix; the message names the option or key involved.</summary>
public sealed class TeamsPackageException(string message) : Exception(message);
