using BenchmarkDotNet.Running;

namespace MeetingBot.Benchmarks;

/// <summary>bench/micro.sh runs every benchmark with a short job; BenchmarkDotNet options pass through, e.g. <c>--filter '*Card*'</c>.</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
