namespace MeetingBot.TeamsPackage;

/// <summary>What one run of the tool was asked to do.</summary>
public abstract record CommandLineRequest;

public sealed record BuildPackageRequest(TeamsPackageSettings Settings, string OutputPath, string ManifestDirectory)
    : CommandLineRequest;

public sealed record RenderIconsRequest(string OutputDirectory) : CommandLineRequest;

public sealed record ShowHelpRequest : CommandLineRequest;
