using System.Diagnostics.CodeAnalysis;

namespace MeetingBot.LocalMode;

/// <summary>
/// Whether this build carries local mode (the embedded TrueConf simulator). <c>dotnet run</c> and the tests do; the
/// published native binary does not: the simulator binds its endpoints by reflection, which native code cannot do
/// for all of them, and a production bot must talk to a real TrueConf Server anyway.
/// </summary>
internal static class LocalModeFeature
{
    public const string SwitchName = "MeetingBot.LocalMode.IsSupported";

    [FeatureSwitchDefinition(SwitchName)]
    public static bool IsSupported => !AppContext.TryGetSwitch(SwitchName, out var supported) || supported;
}
