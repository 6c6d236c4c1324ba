// Where the browser tests save their screenshots: an untracked folder unless UPDATE_SCREENSHOTS=1 asks for docs/.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The path of one screenshot (`name`: a file name such as `review-queue.png`). By default
 * `test-results/screenshots/<name>` (ignored by git), so `npm test` never rewrites the tracked images;
 * with `UPDATE_SCREENSHOTS=1` in `environment`, `docs/<name>`, the images the docs show.
 * Playwright creates the folder when it writes the file.
 */
export function screenshotPath(name: string, environment: NodeJS.ProcessEnv = process.env): string {
  const folder = environment.UPDATE_SCREENSHOTS === '1' ? 'docs' : 'test-results/screenshots';
  return `${root}${folder}/${name}`;
}
