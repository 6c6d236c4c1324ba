#!/usr/bin/env bash
# `npm run dev`: the Worker in workerd (wrangler dev), offline, fixture day replayed, local D1 migrated,
# a demo draft left in the review queue (scripts/seed-demo-draft.ts) and the morning cron fired once, so the
# briefs are there within seconds and the review desk has something to show.
#   PORT=8787 (default)  GROUNDBRIEF_PERSIST=.wrangler/state (local D1 location; e2e tests pass a temp dir)
#   AUTO_PUBLISH=false   verified briefs wait for an editor too (passed to the Worker)
#   Fire the cron again: curl 'http://127.0.0.1:8787/__scheduled?cron=0+6+*+*+*'
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8787}"
PERSIST="${GROUNDBRIEF_PERSIST:-.wrangler/state}"
BASE="http://127.0.0.1:${PORT}"
export CLOUDFLARE_CF_FETCH_ENABLED=false WRANGLER_SEND_METRICS=false XDG_CONFIG_HOME="${XDG_CONFIG_HOME:-$PWD/.xdg}"

# (fixtures/day is embedded by wrangler.toml [build] before every build)
if [ ! -f .dev.vars ]; then
  cp .dev.vars.example .dev.vars
  echo "dev: wrote .dev.vars from .dev.vars.example (local-only secrets)"
fi
npx wrangler d1 migrations apply DB --local --persist-to "$PERSIST" >/dev/null
echo "dev: local D1 migrated ($PERSIST)"

VARS=(--var "PUBLIC_BASE_URL:$BASE")
if [ -n "${AUTO_PUBLISH:-}" ]; then VARS+=(--var "AUTO_PUBLISH:$AUTO_PUBLISH"); fi
API_TOKEN_VALUE="$(sed -n 's/^API_TOKEN=//p' .dev.vars | head -n 1)"
EDITOR_TOKEN_VALUE="$(sed -n 's/^EDITOR_TOKEN=//p' .dev.vars | head -n 1)"

npx wrangler dev --local --ip 127.0.0.1 --port "$PORT" --test-scheduled --persist-to "$PERSIST" \
  "${VARS[@]}" --show-interactive-dev-session=false &
WRANGLER_PID=$!
trap 'kill "$WRANGLER_PID" 2>/dev/null || true; wait "$WRANGLER_PID" 2>/dev/null || true' EXIT INT TERM

for _ in $(seq 1 120); do
  if curl -sf -m 2 "$BASE/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$WRANGLER_PID" 2>/dev/null; then echo "dev: wrangler dev exited" >&2; exit 1; fi
  sleep 0.5
done
curl -sf -m 2 "$BASE/health" >/dev/null || { echo "dev: $BASE/health did not answer within 60 s" >&2; exit 1; }

# The weekly edition first, held for review (so the cron leaves it alone), then the morning cron (daily snapshot and
# sector recap, plus the weekly update on WEEKLY_EDITION_DAY, from one collection; idempotent: an existing edition is
# left alone), then the held brief becomes the labelled demo draft (one number wrong on purpose).
# Ready = a published brief or a brief waiting for review (with AUTO_PUBLISH=false nothing is published).
curl -s -m 60 -X POST -H "Authorization: Bearer $API_TOKEN_VALUE" -H 'Content-Type: application/json' \
  -d '{"style":"weekly-update","hold":true}' "$BASE/api/runs" >/dev/null || true
curl -s -m 60 "$BASE/__scheduled?cron=0+6+*+*+*" >/dev/null || true
npx tsx scripts/seed-demo-draft.ts "$BASE" "$API_TOKEN_VALUE" || true
READY=""
for _ in $(seq 1 60); do
  if curl -sf -m 5 "$BASE/api/briefs/latest" >/dev/null 2>&1; then READY="published"; break; fi
  if curl -sf -m 5 -H "Authorization: Bearer $API_TOKEN_VALUE" "$BASE/api/review" 2>/dev/null | grep -q '"id"'; then
    READY="review"
    break
  fi
  sleep 0.5
done
if [ -n "$READY" ]; then
  echo "dev: ready at $BASE (latest brief: $BASE/api/briefs/latest, feeds: $BASE/feed.xml $BASE/feed.json)"
  echo "dev: review desk: $BASE/review (sign in with any name and the token ${EDITOR_TOKEN_VALUE:-from .dev.vars})"
else
  echo "dev: no brief was made; see the wrangler output above" >&2
fi
wait "$WRANGLER_PID"
