import type { Clock } from '../common/clock';
import type { LiveCurated } from '../curated/live';
import { proposalProblem } from '../curated/rules';
import { osloDate } from '../measures/summary';
import { KIND_LABELS, rowLabel } from '../plan/problems';
import type { CuratedDto, CuratedProposalDto, CuratedSavedDto } from './api-types';
import type { TabRoute } from './routes';

export const CURATED_TAB_TEXTS = {
  badBody: 'Skjemaet kom ikke fram riktig. Last siden på nytt og prøv igjen.',
  savedSharePoint: 'Lagret i SharePoint-listen «Kuraterte svar». Svaret brukes fra nå av.',
  savedLocal: 'Lagret i den lokale filen. I Teams ligger svarene i SharePoint-listen «Kuraterte svar».',
} as const;

/** Where local mode saves proposals, as the page shows it (relative to the working folder when inside it). */
const shown = (file: string): string => (file.startsWith(`${process.cwd()}/`) ? file.slice(process.cwd().length + 1) : file);

/** The coordinators' page: every curated answer with its review date, those due, and the lists' problems. */
export function curatedData(curated: LiveCurated, now: Date, localFile?: string): CuratedDto {
  const due = curated.dueForReview(now);
  const dueIds = new Set(due.map((d) => d.id));
  return {
    today: osloDate(now),
    source: curated.kind === 'sharepoint' ? 'sharepoint' : 'local',
    state: curated.state,
    answers: curated.answers.map((a) => ({
      id: a.id, question: a.questions[0] ?? '', variants: a.questions.slice(1), answer: a.answer, source: a.source,
      ...(a.link ? { link: a.link } : {}), ...(a.owner ? { owner: a.owner } : {}), ...(a.reviewBy ? { reviewBy: a.reviewBy } : {}),
      due: dueIds.has(a.id), ...(a.ref.url ? { url: a.ref.url } : {}),
    })),
    due: due.map((d) => d.id),
    staffWords: curated.data.staffWords.size,
    problems: curated.problems.map((p) => ({ row: rowLabel(p.ref), reason: `${KIND_LABELS[p.kind]}: ${p.message}`, ...(p.ref.url ? { url: p.ref.url } : {}) })),
    ...(curated.kind === 'file' && localFile ? { localFile: shown(localFile) } : {}),
  };
}

/** The body of a proposal, or undefined when it is not what the page sends. */
function parseProposal(body: unknown): CuratedProposalDto | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const b = body as Record<string, unknown>;
  const str = (k: string) => (b[k] === undefined ? '' : typeof b[k] === 'string' ? (b[k] as string) : undefined);
  const fields = ['question', 'variants', 'answer', 'source', 'link', 'reviewBy'].map(str);
  if (fields.some((f) => f === undefined)) return undefined;
  const [question, variants, answer, source, link, reviewBy] = fields as string[];
  return { question: question!, variants: variants!, answer: answer!, source: source!, link: link!, reviewBy: reviewBy! };
}

/** The day a year from today (Oslo), the default review date. */
function aYearFrom(now: Date): string {
  const [y, m, d] = osloDate(now).split('-');
  return m === '02' && d === '29' ? `${Number(y) + 1}-02-28` : `${Number(y) + 1}-${m}-${d}`;
}

/**
 * The page "Kuraterte svar" for coordinators: the list (GET) and the form (POST), which adds an
 * item to the SharePoint list, or in local mode appends to a file under DATA_DIR.
 */
export function curatedRoutes(deps: { curated: LiveCurated; clock: Clock; localFile?: string }): TabRoute[] {
  return [
    {
      method: 'GET', path: '/curated', coordinatorOnly: true,
      handler: async () => {
        // The page opened right after a start shows the lists as read, not as empty.
        await deps.curated.loaded();
        return { status: 200, body: curatedData(deps.curated, deps.clock.now(), deps.localFile) };
      },
    },
    {
      method: 'POST', path: '/curated', coordinatorOnly: true,
      handler: async ({ user, body }) => {
        const p = parseProposal(body);
        if (!p) return { status: 400, body: { error: CURATED_TAB_TEXTS.badBody } };
        const proposal = {
          questions: [p.question, ...(p.variants ?? '').split(/\r?\n/)].map((q) => q.trim()).filter(Boolean),
          answer: p.answer.trim(), source: p.source.trim(), link: (p.link ?? '').trim(),
          owner: user.name || 'Koordinator', reviewBy: (p.reviewBy ?? '').trim() || aYearFrom(deps.clock.now()),
        };
        const problem = proposalProblem(proposal);
        if (problem) return { status: 400, body: { error: problem } };
        const result = await deps.curated.save(proposal);
        if (result.kind === 'unavailable') return { status: 503, body: { error: result.reason } };
        const saved: CuratedSavedDto = result.where === 'sharepoint'
          ? { saved: 'sharepoint', message: CURATED_TAB_TEXTS.savedSharePoint, ...(result.url ? { url: result.url } : {}) }
          : { saved: 'local', message: CURATED_TAB_TEXTS.savedLocal };
        return { status: 200, body: saved };
      },
    },
  ];
}
