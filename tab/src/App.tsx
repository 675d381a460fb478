import {
  FluentProvider, makeStyles, Spinner, Text, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { MeDto } from '../../src/tab/api-types';
import { getJson, type ApiResult } from './api';
import { SessionContext } from './context';
import type { Host, ThemeName } from './host';
import { ConfigPage } from './pages/ConfigPage';
import { pagesFor } from './pages';
import { Problem } from './Problem';
import { Navigation } from './Navigation';
import { currentRoute, navigate, useRoute } from './router';

const THEMES = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

const useStyles = makeStyles({
  root: { minHeight: '100vh' },
  page: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, boxSizing: 'border-box', maxWidth: '72rem', margin: '0 auto' },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalM },
  h1: { fontSize: tokens.fontSizeBase600, margin: `0 0 ${tokens.spacingVerticalS} 0` },
});

function Shell({ me, host }: { me: MeDto; host: Host }) {
  const s = useStyles();
  const route = useRoute();
  const pages = pagesFor(me.coordinator);
  const config = route === '/config';
  const page = config ? undefined : route === '' ? pages[0] : pages.find((p) => p.route === route);
  // Opened from a deep link (the digest card): its page first, when this user may see it. Once:
  // the tab's own address names a page (#/status), and after the first the user chooses.
  useEffect(() => {
    const target = pages.find((p) => host.subPageId && p.route === `/${host.subPageId}`);
    if (target && target.route !== currentRoute()) navigate(target.route);
  }, []);
  return (
    <SessionContext.Provider value={{ host, me }}>
      <header className={s.header}>
        <h1 className={s.h1}>Handlingsplan</h1>
        <Text>{me.municipality}{me.name ? ` · ${me.name}` : ''}{me.coordinator ? ' (koordinator)' : ''}</Text>
      </header>
      {!config && <Navigation pages={pages} current={page?.route} />}
      <main>
        {config ? <ConfigPage /> : page ? page.render() : <Problem status={404} message="Fant ikke siden. Velg en side over." />}
      </main>
    </SessionContext.Provider>
  );
}

/** The themed frame: who the server says the user is decides which pages exist. */
export function App({ host }: { host: Host }) {
  const s = useStyles();
  const [theme, setTheme] = useState<ThemeName>(host.theme);
  const [me, setMe] = useState<ApiResult<MeDto>>();
  useEffect(() => {
    host.onThemeChange(setTheme);
    void getJson<MeDto>(host, '/me').then(setMe);
  }, [host]);
  return (
    <FluentProvider theme={THEMES[theme]} className={s.root}>
      <div className={s.page}>
        {!me ? <Spinner label="Henter Handlingsplan …" /> : me.ok ? <Shell me={me.data} host={host} /> : (
          <main>
            <h1 className={s.h1}>Handlingsplan</h1>
            <Problem status={me.status} message={me.message} />
          </main>
        )}
      </div>
    </FluentProvider>
  );
}
