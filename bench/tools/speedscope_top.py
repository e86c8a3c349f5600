#!/usr/bin/env python3
"""Summarises a speedscope profile written by dotnet-trace: where the bot's threads spend their samples.

Usage: speedscope_top.py <file.speedscope.json> [N]
Prints the top N frames by exclusive and by inclusive time over all threads, and exclusive time by module, leaving
out samples where a thread only waits (idle thread-pool workers, epoll, semaphores). Native time is attributed to
the managed frame that called into native code, marked [native].
"""
import json
import sys
from collections import Counter

IDLE_MARKERS = (
    "WaitHandle.Wait", "LowLevelLifoSemaphore", "Monitor.Wait", "Thread.Sleep", "SemaphoreSlim.Wait",
    "WaitOneCore", "WaitForSignal", "epoll_wait", "SocketAsyncEngine.EventLoop", "Interop+Sys.WaitForSocketEvents",
    "UNMANAGED_CODE_TIME", "PortableThreadPool+GateThread", "TimerQueue.TimerThread", "ManualResetEventSlim.Wait",
    "LowLevelMonitor.Wait", "Interop+Sys.LowLevelMonitor", "WaitSubsystem", "WaitNative", "WaitOneNoCheck",
    "System.IO.FileSystem.Watcher!",  # the inotify thread blocks in read()
)
GC_MARKERS = ("PollGC", "GCHeap", "SuspendEE", "WaitUntilGCComplete")


# Library buckets, matched on the frame closest to the leaf ("who does the work").
LIBRARIES = (
    ("SQLite", ("Microsoft.Data.Sqlite!", "SQLitePCL")),
    ("System.Text.Json", ("System.Text.Json!",)),
    ("Regex", ("System.Text.RegularExpressions!",)),
    ("Flurl", ("Flurl!", "Flurl.Http!")),
    ("Polly / resilience", ("Polly", "Microsoft.Extensions.Http.Resilience!", "Microsoft.Extensions.Resilience!")),
    ("logging / telemetry / metrics", ("Microsoft.Extensions.Logging", "Microsoft.Extensions.Telemetry",
                                       "System.Diagnostics.DiagnosticSource!", "Microsoft.Extensions.Diagnostics")),
    ("memory cache", ("Microsoft.Extensions.Caching",)),
    ("HttpClient (System.Net.Http)", ("System.Net.Http!", "Microsoft.Extensions.Http!")),
    ("sockets", ("System.Net.Sockets!",)),
    ("Kestrel / ASP.NET Core", ("Microsoft.AspNetCore.",)),
    ("Uri", ("System.Private.Uri!",)),
    ("MeetingBot code", ("MeetingBot!", "MeetingBot.TrueConfSimulator!")),
)


def library_of(stack_names):
    for name in reversed(stack_names):
        for bucket, prefixes in LIBRARIES:
            if name.startswith(prefixes):
                return bucket
    return "runtime: thread pool, timers, GC, async machinery"


def feature_of(stack_names):
    """The innermost MeetingBot type on the stack ("which part of the bot asked for the work")."""
    for name in reversed(stack_names):
        if name.startswith("MeetingBot!"):
            method = name.split("!", 1)[1]
            type_name = method.split("(", 1)[0].rsplit(".", 1)[0]
            type_name = type_name.split("+", 1)[0]
            return type_name.replace("MeetingBot.", "")
    return "(no MeetingBot frame: Kestrel, thread pool, timers, GC)"


def stacks(profile):
    """Yields (stack as frame-index tuple, weight) for sampled or evented profiles."""
    if profile["type"] == "sampled":
        for sample, weight in zip(profile["samples"], profile["weights"]):
            yield tuple(sample), weight
        return
    stack, last = [], None
    for event in profile["events"]:
        at = event["at"]
        if last is not None and stack and at > last:
            yield tuple(stack), at - last
        last = at
        if event["type"] == "O":
            stack.append(event["frame"])
        elif stack:
            stack.pop()


def main():
    path = sys.argv[1]
    top_n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    with open(path) as f:
        data = json.load(f)
    names = [frame["name"] for frame in data["shared"]["frames"]]
    exclusive, inclusive, modules = Counter(), Counter(), Counter()
    libraries, features = Counter(), Counter()
    total = idle = gc_wait = 0.0
    for profile in data["profiles"]:
        for stack, weight in stacks(profile):
            if not stack:
                continue
            # dotnet-trace's thread-time stacks end in a pseudo frame: CPU_TIME (managed code running),
            # UNMANAGED_CODE_TIME (in native code: busy, or waiting in epoll/semaphores) or BLOCKED_TIME.
            pseudo = names[stack[-1]]
            real = stack[:-1] if pseudo in ("CPU_TIME", "UNMANAGED_CODE_TIME", "BLOCKED_TIME") else stack
            if real and any(m in names[real[-1]] for m in GC_MARKERS):
                gc_wait += weight  # a thread stopped at a GC safe point while the collector runs
                continue
            if not real or pseudo == "BLOCKED_TIME" or any(m in names[i] for i in real[-4:] for m in IDLE_MARKERS[:-1]) \
                    or any(IDLE_MARKERS[-1] in names[i] for i in real) \
                    or (pseudo == "UNMANAGED_CODE_TIME" and names[real[-1]].endswith("WorkerThreadStart()")):
                idle += weight
                continue
            total += weight
            leaf = names[real[-1]] + (" [native]" if pseudo == "UNMANAGED_CODE_TIME" else "")
            exclusive[leaf] += weight
            for name in {names[i] for i in real}:
                inclusive[name] += weight
            modules[leaf.split("!", 1)[0] if "!" in leaf else "?"] += weight
            real_names = [names[i] for i in real]
            libraries[library_of(real_names)] += weight
            features[feature_of(real_names)] += weight
    if not total:
        print("no busy samples")
        return
    print(f"thread time: running {total:.0f}, stopped for GC {gc_wait:.0f}, idle/waiting {idle:.0f} (left out); "
          "shares below are of running time\n")
    print("by library (innermost recognised frame):")
    for name, weight in libraries.most_common():
        print(f"  {weight / total * 100:5.1f}%  {name}")
    print("\nby bot component (innermost MeetingBot type on the stack):")
    for name, weight in features.most_common(15):
        print(f"  {weight / total * 100:5.1f}%  {name}")
    print("\nexclusive by module:")
    for name, weight in modules.most_common(15):
        print(f"  {weight / total * 100:5.1f}%  {name}")
    print(f"\ntop {top_n} frames, exclusive:")
    for name, weight in exclusive.most_common(top_n):
        print(f"  {weight / total * 100:5.1f}%  {name[:160]}")
    print(f"\ntop {top_n} frames, inclusive:")
    for name, weight in inclusive.most_common(top_n):
        print(f"  {weight / total * 100:5.1f}%  {name[:160]}")


if __name__ == "__main__":
    main()
