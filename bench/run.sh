#!/usr/bin/env bash
# MeetingBot end-to-end load benchmark — the one command:  bench/run.sh [bench.py options]
# Builds the bot (Release native AOT publish into bench/.out/app), then bench.py starts the nginx stubs, the built bot as its
# own process, drives it with wrk at concurrency 1, 8 and 32, measures cold start, and writes the report to
# bench/results/<timestamp>.md. Loopback traffic only; every phase is bounded (about 2 minutes in all).
# Examples:  bench/run.sh --concurrency 32 --duration 10 --cold-starts 0
#            bench/run.sh --bot-env DOTNET_gcServer=0
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

missing=()
for tool in nginx wrk; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "[bench] installing ${missing[*]} (Debian packages)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    # The package starts a system nginx on port 80; the benchmark runs its own instance and leaves that one alone.
  else
    echo "[bench] missing: ${missing[*]} — install them first: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
fi
command -v python3 >/dev/null || { echo "[bench] python3 is required" >&2; exit 2; }
command -v dotnet >/dev/null || { echo "[bench] the .NET 10 SDK is required" >&2; exit 2; }

echo "[bench] building: dotnet publish src/MeetingBot -c Release -r linux-x64 -o bench/.out/app (native AOT, as the pipeline ships it)"
rm -rf bench/.out/app
dotnet publish src/MeetingBot/MeetingBot.csproj -c Release -r linux-x64 -o bench/.out/app -nologo -v q

exec python3 bench/bench.py "$@"
