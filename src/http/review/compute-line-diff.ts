/** One line of a line diff: kept, added (only in `after`) or deleted (only in `before`). */
export type DiffLine = { op: 'same' | 'add' | 'del'; text: string };

/**
 * Line diff of two texts by longest common subsequence (pure). Lines are split on \n (a trailing \r is
 * dropped). Deletions come before additions at each change. Quadratic in lines: meant for briefs (tens to a
 * few hundred lines); beyond 4,000,000 line pairs it degrades to "all deleted, all added".
 */
export function computeLineDiff(before: string, after: string): DiffLine[] {
  const left = splitLines(before);
  const right = splitLines(after);
  const n = left.length;
  const m = right.length;
  if (n * m > 4_000_000)
    return [
      ...left.map((text) => ({ op: 'del' as const, text })),
      ...right.map((text) => ({ op: 'add' as const, text })),
    ];
  // lengths[i][j] = LCS length of left[i..] and right[j..]
  const lengths: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    const row = lengths[i]!;
    const below = lengths[i + 1]!;
    for (let j = m - 1; j >= 0; j -= 1)
      row[j] = left[i] === right[j] ? below[j + 1]! + 1 : Math.max(below[j]!, row[j + 1]!);
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (left[i] === right[j]) {
      lines.push({ op: 'same', text: left[i]! });
      i += 1;
      j += 1;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      lines.push({ op: 'del', text: left[i]! });
      i += 1;
    } else {
      lines.push({ op: 'add', text: right[j]! });
      j += 1;
    }
  }
  while (i < n) lines.push({ op: 'del', text: left[i++]! });
  while (j < m) lines.push({ op: 'add', text: right[j++]! });
  return lines;
}

function splitLines(text: string): string[] {
  return text === '' ? [] : text.split('\n').map((line) => line.replace(/\r$/, ''));
}
