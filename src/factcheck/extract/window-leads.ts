/**
 * A window written right before a figure leads that figure (`7d +18%`, `on the week (+1.0%)`, `Week: -4.2%`): it is
 * that figure's window, and not the window of a figure before it (`+3.9%, 7d +18%`). Pure; looks at a few characters.
 */

/** Between a window and the figure it leads: at most a space, a parenthesis or a colon (`week (+1.0%)`, `7d +18%`). */
const LEADS_FIGURE = /^(?: ?\(| ?: ?| )\**$/;

/** The window ending at `windowEnd` leads the figure starting at `figureStart`. */
export function leadsFigure(text: string, windowEnd: number, figureStart: number): boolean {
  return LEADS_FIGURE.test(text.slice(windowEnd, figureStart));
}

function digit(x: string | undefined): boolean {
  return x !== undefined && x >= '0' && x <= '9';
}

/** The window is followed right away by a figure (`7d +18%`, `week (+1.0%)`): it leads that figure. */
export function leadsNext(text: string | undefined, hit: { end: number }): boolean {
  if (!text) return false;
  let k = hit.end;
  const from = k;
  while (k - from < 3 && (text[k] === ' ' || text[k] === '(' || text[k] === ':' || text[k] === '*')) k++;
  if (k === from) return false;
  const c = text[k];
  const d = text[k + 1];
  if ((c === '+' || c === '-' || c === '\u2212' || c === '$') && digit(d)) return true;
  if (!digit(c)) return false;
  // an unsigned figure is led only when it is a percentage (`7d 18%`), not a count (`over 7 days (5 of 7 members)`)
  let j = k;
  while (j - k < 12 && (digit(text[j]) || text[j] === '.' || text[j] === ',')) j++;
  if (text[j] === ' ') j++;
  return text[j] === '%';
}
