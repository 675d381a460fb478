import { createContext, useContext, useEffect, useState } from 'react';
import type { MeDto } from '../../src/tab/api-types';
import { getJson, type ApiResult } from './api';
import type { Host } from './host';

/** The host and the server's answer to /me, for every page. */
export interface Session {
  host: Host;
  me: MeDto;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}

export type Loadable<T> = { loading: true } | ({ loading: false } & ApiResult<T>);

/** Loads /api/tab<path> whenever the path changes; the latest request wins. */
export function useApi<T>(path: string): Loadable<T> {
  const { host } = useSession();
  const [state, setState] = useState<Loadable<T>>({ loading: true });
  useEffect(() => {
    let current = true;
    setState({ loading: true });
    void getJson<T>(host, path).then((r) => current && setState({ loading: false, ...r }));
    return () => {
      current = false;
    };
  }, [host, path]);
  return state;
}
