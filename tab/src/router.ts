import { useEffect, useState } from 'react';

/** The page part of the address: "#/arshjul" → "/arshjul"; empty means the first page. */
export function currentRoute(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash.split('?')[0]! : '';
}

/** Hash routing: the server serves one index.html, and #/… picks the page. */
export function useRoute(): string {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const changed = () => setRoute(currentRoute());
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}

/** A parameter of the page's address: "#/kuraterte?sporsmal=…" → the question. */
export function routeParam(name: string): string | undefined {
  const query = window.location.hash.split('?')[1];
  return query ? new URLSearchParams(query).get(name) ?? undefined : undefined;
}

export function navigate(route: string): void {
  window.location.hash = route;
}
