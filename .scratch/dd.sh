#!/usr/bin/env bash
# usage: dd.sh OLD NEW -> diff of disagreement lists per corpus
for f in "$1"/*.txt; do L=$(basename $f); d=$(diff <(grep -v "^\s*$" $f) <(grep -v "^\s*$" "$2/$L")); [ -n "$d" ] && { echo "== $L"; echo "$d"; }; done
