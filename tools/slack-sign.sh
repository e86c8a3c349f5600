#!/usr/bin/env bash
# Signs a request body the way Slack does and prints a curl command that sends it to the bot, for trying the Slack
# endpoints by hand. Needs bash and openssl only.
#
#   SLACK_SIGNING_SECRET=<the bot's Slack:SigningSecret> tools/slack-sign.sh [--url URL] [--timestamp SECONDS] BODY
#
# BODY is sent byte for byte: a slash command's form fields (`command=%2Fmeet&text=…`), an interaction
# (`payload=…`) or an Events API JSON object (`{…}`). Without --url it goes to http://localhost:3978 and the
# endpoint that takes that kind of body (/slack/commands, /slack/interactivity, /slack/events). The timestamp is
# now unless given; the bot refuses one more than five minutes off, and the same signed request twice.
# Signature: "v0=" + hex HMAC-SHA256(signing secret, "v0:" + timestamp + ":" + body).
set -euo pipefail

usage() { sed -n '5p' "$0" | sed 's/^# *//' >&2; exit 2; }

url=""
timestamp=""
while [ $# -gt 1 ]; do
  case "$1" in
    --url) url="$2"; shift 2 ;;
    --timestamp) timestamp="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[ $# -eq 1 ] || usage
body="$1"
secret="${SLACK_SIGNING_SECRET:-}"
if [ -z "$secret" ]; then
  echo "slack-sign: set SLACK_SIGNING_SECRET to the bot's Slack:SigningSecret" >&2
  exit 2
fi
[ -n "$timestamp" ] || timestamp="$(date +%s)"

case "$body" in
  '{'*) content_type="application/json"; path="/slack/events" ;;
  payload=*) content_type="application/x-www-form-urlencoded"; path="/slack/interactivity" ;;
  *) content_type="application/x-www-form-urlencoded"; path="/slack/commands" ;;
esac
[ -n "$url" ] || url="http://localhost:3978$path"

# The key goes to openssl as a hex string on its command line, not through a file left behind.
hexkey="$(printf '%s' "$secret" | od -An -v -tx1 | tr -d ' \n')"
mac="$(printf 'v0:%s:%s' "$timestamp" "$body" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$hexkey" -hex)"
signature="v0=${mac##* }"

quote() { printf "'%s'" "${1//\'/\'\\\'\'}"; }
printf 'curl -sS -i %s \\\n' "$(quote "$url")"
printf '  -H %s \\\n' "$(quote "Content-Type: $content_type")"
printf '  -H %s \\\n' "$(quote "X-Slack-Request-Timestamp: $timestamp")"
printf '  -H %s \\\n' "$(quote "X-Slack-Signature: $signature")"
printf '  --data-binary %s\n' "$(quote "$body")"
