/** Teams' three themes; local mode picks one with ?theme=dark or ?theme=contrast. */
export type ThemeName = 'light' | 'dark' | 'contrast';

/** Where the page runs and how it gets the caller's identity to the server. */
export interface Host {
  inTeams: boolean;
  theme: ThemeName;
  /** Teams' frame: "content" (a tab) or "settings" (the channel tab's configuration page). */
  frameContext?: string;
  /** The page a Teams deep link asked for (its subEntityId), e.g. "uten-svar" from the digest card. */
  subPageId?: string;
  /** Headers that tell the server who is asking: the SSO token in Teams, ?as= in local mode. */
  authHeaders(): Promise<Record<string, string>>;
  onThemeChange(handler: (theme: ThemeName) => void): void;
  /** The channel tab's configuration page: what Teams saves when the user presses Save. */
  configure(tab: TabConfig): void;
}

/** One channel tab instance, as Teams stores it. */
export interface TabConfig {
  entityId: string;
  contentUrl: string;
  suggestedDisplayName: string;
}

/** teams-js never answers outside a Teams frame; a page must not wait for it forever. */
const TEAMS_TIMEOUT_MS = 4000;

export function themeFrom(name: string | null | undefined): ThemeName {
  return name === 'dark' ? 'dark' : name === 'contrast' ? 'contrast' : 'light';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e: unknown) => { clearTimeout(timer); reject(e); });
  });
}

/** A plain browser (local mode, or someone opening the address directly): no Teams, no token. */
function browserHost(params: URLSearchParams): Host {
  const as = params.get('as')?.trim();
  return {
    inTeams: false,
    theme: themeFrom(params.get('theme')),
    authHeaders: async (): Promise<Record<string, string>> => (as ? { 'x-local-user': as } : {}),
    onThemeChange: () => undefined,
    configure: () => undefined,
  };
}

/**
 * Connects to Teams when the page is in a frame that answers, else falls back to the browser.
 * In Teams the theme follows the client and each API call carries a fresh SSO token
 * (teams-js caches it until it nears expiry).
 */
export async function connectHost(location: Location = window.location): Promise<Host> {
  const params = new URLSearchParams(location.search);
  if (window.parent === window.self) return browserHost(params);
  try {
    // Loaded only in a frame: teams-js reaches out to Microsoft's CDN as soon as it loads.
    const { app, authentication, pages } = await import('@microsoft/teams-js');
    await withTimeout(app.initialize(), TEAMS_TIMEOUT_MS);
    const context = await withTimeout(app.getContext(), TEAMS_TIMEOUT_MS);
    app.notifySuccess().catch(() => undefined);
    return {
      inTeams: true,
      theme: themeFrom(context.app.theme),
      frameContext: context.page.frameContext,
      ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
      authHeaders: async (): Promise<Record<string, string>> => {
        try {
          return { authorization: `Bearer ${await authentication.getAuthToken()}` };
        } catch {
          // No token: the server answers 401 and the page says so.
          return {};
        }
      },
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((t) => handler(themeFrom(t))),
      configure: (tab) => {
        pages.config.registerOnSaveHandler((save) => {
          pages.config.setConfig({ ...tab, websiteUrl: tab.contentUrl }).then(() => save.notifySuccess(), (err: unknown) => save.notifyFailure(String(err)));
        });
        pages.config.setValidityState(true);
      },
    };
  } catch {
    return browserHost(params);
  }
}
