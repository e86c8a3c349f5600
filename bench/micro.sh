#!/usr/bin/env bash
# MeetingBot micro-benchmarks (BenchmarkDotNet, short job): command parser, meeting card build + serialise,
# and channel JWT validation (authenticated mode) vs anonymous mode.
#   bench/micro.sh                      # everything (about 3 minutes)
#   bench/micro.sh --filter '*Card*'    # BenchmarkDotNet options pass through
# Tables are printed and written to bench/results/<timestamp>-micro.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

args=("$@")
has_filter=0
for a in "${args[@]+"${args[@]}"}"; do [ "$a" = "--filter" ] && has_filter=1; done
[ $has_filter = 1 ] || args+=(--filter '*')

artifacts=bench/.out/micro
rm -rf "$artifacts"
dotnet run -c Release --project bench/MeetingBot.Benchmarks -- \
  --job short --artifacts "$artifacts" "${args[@]}"

stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=bench/results/$stamp-micro.md
mkdir -p bench/results
{
  echo "# MeetingBot micro-benchmarks — $stamp"
  echo
  echo "Machine: $(nproc) × $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo); BenchmarkDotNet short job (3 warm-ups, 3 iterations: indicative, not precise)."
  for report in "$artifacts"/results/*-report-github.md; do
    echo
    echo "## $(basename "$report" -report-github.md | sed 's/^MeetingBot\.Benchmarks\.//')"
    echo
    sed -n '/^|/,$p' "$report"
  done
} > "$out"
echo
cat "$out"
echo "[micro] written to $out"
