import type { ReactElement } from 'react';
import { CuratedPage } from './pages/CuratedPage';
import { DecisionsPage } from './pages/DecisionsPage';
import { StatusPage } from './pages/StatusPage';
import { UnansweredPage } from './pages/UnansweredPage';
import { UNANSWERED_PAGE } from '../../src/unanswered/dto';
import { WheelPage } from './pages/WheelPage';

/**
 * The tab's pages, in navigation order. A new page is one entry here and its API route(s) in
 * src/tab; `coordinatorOnly` hides it from others (the server refuses them its data with 403).
 */
export interface PageDef {
  /** The hash route, e.g. "/status". */
  route: string;
  title: string;
  coordinatorOnly: boolean;
  render(): ReactElement;
}

export const PAGES: PageDef[] = [
  { route: '/status', title: 'Status', coordinatorOnly: false, render: () => <StatusPage /> },
  { route: '/arshjul', title: 'Årshjul', coordinatorOnly: false, render: () => <WheelPage /> },
  { route: '/beslutninger', title: 'Beslutninger', coordinatorOnly: true, render: () => <DecisionsPage /> },
  { route: `/${UNANSWERED_PAGE}`, title: 'Spørsmål uten godt svar', coordinatorOnly: true, render: () => <UnansweredPage /> },
  { route: '/kuraterte', title: 'Kuraterte svar', coordinatorOnly: true, render: () => <CuratedPage /> },
];

/** The pages this user may open. */
export function pagesFor(coordinator: boolean): PageDef[] {
  return PAGES.filter((p) => coordinator || !p.coordinatorOnly);
}
