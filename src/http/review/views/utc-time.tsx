import { formatUtcTime } from '../../../lib/format-time.ts';

/** A time for people (`6 Dec 2026, 14:05 UTC`) with the exact ISO time in `datetime` and `title`. */
export function UtcTime(props: { iso: string }) {
  return (
    <time datetime={props.iso} title={props.iso}>
      {formatUtcTime(props.iso)}
    </time>
  );
}
