#!/usr/bin/env bash
# rebase lead on main, typecheck, factcheck tests, ff-merge into main
set -e
cd /work/wt/lead
git rebase main
npm run -s typecheck

npx vitest run test/factcheck --reporter=dot >/dev/null 2>&1 || { echo FAIL; exit 1; }
cd /work/main && git merge --ff-only lead && git log --oneline -1
