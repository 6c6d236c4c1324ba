#!/usr/bin/env bash
# usage: all.sh OUTDIR  -> OUTDIR/<L>.txt with --list for each corpus
out=${1:?}; mkdir -p "$out"
for L in A B C D E F G H I J K L M N O P Q R S T U V W X Y Z ${EXTRA:-}; do
  npx tsx scripts/blind-score.ts test/factcheck/blind/$L --list > "$out/$L.txt" 2>&1 &
  [ $(jobs -r | wc -l) -ge 2 ] && wait -n
done; wait
for L in A B C D E F G H I J K L M N O P Q R S T U V W X Y Z ${EXTRA:-}; do echo -n "$L "; grep -m1 "^overall" "$out/$L.txt" || echo; done
