import type { BriefStyle } from '../../domain/brief.ts';
import type { BriefListing } from '../../store/index.ts';
import { STYLES_SHOWN_FIELD } from '../subscribe/read-subscribe-form.ts';
import { buildBriefLinks } from './brief-json.ts';
import { PublicPage } from './public-page.tsx';
import { buildSummary } from './render-feeds.ts';

/** Reader-facing names of the styles (checkbox labels, list labels). */
export const styleLabels: Record<BriefStyle, string> = {
  'daily-snapshot': 'Daily snapshot',
  'sector-recap': 'Sector recap',
  'weekly-update': 'Weekly update',
};

export const homeDescription =
  'Fact-checked crypto market briefs, written by software from recorded market data. Not investment advice.';

/**
 * The signup form: POST to /api/subscribe (same origin) as a form (`email`, and one `styles` value per ticked box). Every style is
 * ticked by default; the API decides what an empty choice means.
 */
export function SignupForm() {
  return (
    <form class="signup" id="subscribe" method="post" action="/api/subscribe">
      <h2>Get the brief by email</h2>
      <label for="signup-email">Email address</label>
      <input id="signup-email" type="email" name="email" required autocomplete="email" placeholder="you@example.com" />
      <fieldset>
        <legend>Which briefs?</legend>
        {(Object.keys(styleLabels) as BriefStyle[]).map((style) => (
          <label>
            <input type="checkbox" name="styles" value={style} checked /> {styleLabels[style]}
          </label>
        ))}
        {/* with it, no ticked box is an empty choice /api/subscribe refuses, not "every style" */}
        <input type="hidden" name={STYLES_SHOWN_FIELD} value="1" />
      </fieldset>
      <button type="submit">Subscribe</button>
      <p>
        <small>We send a confirmation link first. Every email has a one-click unsubscribe link.</small>
      </p>
    </form>
  );
}

/** GET /: the latest published briefs (newest first) and the signup form. */
export function HomePage({ briefs, baseUrl }: { briefs: BriefListing[]; baseUrl: string }) {
  return (
    <PublicPage
      baseUrl={baseUrl}
      meta={{ title: 'groundbrief', description: homeDescription, canonicalUrl: `${baseUrl}/`, type: 'website' }}
    >
      <header>
        <h1>groundbrief</h1>
        <p>{homeDescription} Every number in a brief is checked by code against the facts before it is published.</p>
      </header>
      <main>
        <h2>Latest briefs</h2>
        {briefs.length === 0 ? (
          <p>Nothing is published yet.</p>
        ) : (
          <ul class="briefs">
            {briefs.map((brief) => (
              <li>
                <a href={buildBriefLinks(brief.id, baseUrl).page}>{brief.title}</a>
                <br />
                <small>
                  {styleLabels[brief.style]} · <time datetime={brief.editionDate}>{brief.editionDate}</time>
                </small>
                <br />
                {buildSummary(brief)}
              </li>
            ))}
          </ul>
        )}
        <SignupForm />
      </main>
      <footer>
        <p>Not investment advice. Market data can be delayed or wrong; check before you act.</p>
      </footer>
    </PublicPage>
  );
}
