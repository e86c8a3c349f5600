namespace MeetingBot.TrueConfSimulator;

internal static class SimulatorPlaceholder;
