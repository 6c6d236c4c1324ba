import { PublicPage } from './public-page.tsx';

/** The 404 a browser sees for an unknown or unpublished brief (API clients get the JSON error). */
export function NotFoundPage({ baseUrl, path }: { baseUrl: string; path: string }) {
  return (
    <PublicPage
      baseUrl={baseUrl}
      robots="noindex"
      meta={{
        title: 'Not found - groundbrief',
        description: 'There is no published brief at this address.',
        canonicalUrl: `${baseUrl}${path}`,
        type: 'website',
      }}
    >
      <main>
        <h1>Not found</h1>
        <p>There is no published brief at this address. It may not exist, or it is still waiting for an editor.</p>
        <p>
          <a href={`${baseUrl}/`}>See the latest briefs</a>
        </p>
      </main>
    </PublicPage>
  );
}
