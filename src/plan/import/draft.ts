import { parseTiming } from '../../reminders/wheel-parse';
import type { Measure, Plan, WheelEntry } from '../types';
import type { ImportedPlan } from './import';

export interface DraftOptions {
  municipality?: string;
  /** The audience of the suggested wheel entries; default alle-ledere. */
  audience?: string;
}

const firstLine = (s: string) => s.split('\n')[0]!.slice(0, 120);

/**
 * A draft plan from an imported Word plan: every measure starts as "Ikke startet", and each
 * measure whose timing the wheel can place gets a suggested wheel entry in the plan's own words.
 * Measures with no goal go under "Uten delmål"; a missing responsible is "Ikke angitt". The title,
 * municipality and period are the Word plan's own heading's, unless `municipality` is given.
 */
export function draftPlan(imported: ImportedPlan, options: DraftOptions = {}): Plan {
  const goals = [...imported.goals];
  if (imported.measures.some((m) => !m.goalId)) goals.push({ id: '0', title: 'Uten delmål' });
  const measures: Measure[] = imported.measures.map((m) => {
    const deadline = m.timing ? parseTiming(m.timing).deadline : null;
    return {
      id: m.id, goalId: m.goalId || '0', title: m.title, responsible: m.responsible || 'Ikke angitt', status: 'Ikke startet',
      ...(m.targetGroup ? { targetGroup: m.targetGroup } : {}),
      ...(m.timing ? { timing: m.timing } : {}),
      ...(deadline ? { deadline } : {}),
      ...(m.evaluation ? { evaluation: m.evaluation } : {}),
    };
  });
  const wheel: WheelEntry[] = measures.flatMap((m) => {
    if (!m.timing) return [];
    const parsed = parseTiming(m.timing);
    if (parsed.unresolved || (parsed.months.length === 0 && !parsed.deadline)) return [];
    return [{
      id: `W${m.id}`, title: firstLine(m.title), todo: `Følg opp tiltak ${m.id}: ${firstLine(m.title)}.`, measures: [m.id],
      audience: options.audience ?? 'alle-ledere', ...(m.responsible !== 'Ikke angitt' ? { responsible: firstLine(m.responsible) } : {}),
      timing: { kind: 'text', text: m.timing.replace(/\s*\n\s*/g, ' ') },
    }];
  });
  const heading = imported.heading;
  return {
    municipality: options.municipality ?? heading?.municipality ?? 'Kommunen',
    title: heading?.title ?? 'Handlingsplan mot vold i nære relasjoner',
    ...(heading?.period ? { period: heading.period } : {}),
    goals, measures, wheel, owners: [], coordinators: [], contacts: [],
  };
}
