/** How long ago `thenIso` was at `nowMs` (epoch ms), short: `just now`, `12 min`, `5 h`, `3 d`. Future times read `just now`. */
export function formatAge(thenIso: string, nowMs: number): string {
  const minutes = Math.floor((nowMs - Date.parse(thenIso)) / 60_000);
  if (!Number.isFinite(minutes) || minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h`;
  return `${Math.floor(minutes / 1440)} d`;
}
