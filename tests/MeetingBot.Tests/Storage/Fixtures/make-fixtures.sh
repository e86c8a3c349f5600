#!/usr/bin/env bash
# Makes the database files in this folder with the code of the releases that wrote such files: each release's own
# stores (FixtureWriter.<commit>.cs.txt, run inside that commit's test project). Run from anywhere in the repo.
#   release-283fa51.db       the release before schema versions (user_version 0, links with provenance)
#   pre-provenance-9c1a6fc.db the release before links had a provenance
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(git -C "$here" rev-parse --show-toplevel)"
for pair in 283fa51:release-283fa51.db 9c1a6fc:pre-provenance-9c1a6fc.db; do
    commit="${pair%%:*}"; file="${pair#*:}"
    work="$(mktemp -d)"
    git -C "$repo" archive "$commit" | tar -x -C "$work"
    cp "$here/FixtureWriter.$commit.cs.txt" "$work/tests/MeetingBot.Tests/Storage/FixtureWriter.cs"
    rm -f "$here/$file"
    MEETINGBOT_FIXTURE_PATH="$here/$file" dotnet test "$work/tests/MeetingBot.Tests" --filter "FullyQualifiedName~FixtureWriter"
    rm -f "$here/$file-wal" "$here/$file-shm"
    rm -rf "$work"
done
