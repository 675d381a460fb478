/**
 * Wheel benchmark: occurrences for 356 municipalities × 40 synthetic entries × one year.
 * `benchOccurrences()` returns the median of three runs; run directly to print it.
 */
import { performance } from 'node:perf_hooks';
import { ManualClock } from '../src/common/clock';
import type { WheelEntry, WheelTiming } from '../src/plan/types';
import { computeOccurrences } from '../src/reminders/occurrences';

const MUNICIPALITIES = 356;
const ENTRIES = 40;
const TEXTS = ['Feb/ mars og påminnelse i sept/okt', 'Hver høst', 'Ved skolestart', 'Innen utgangen av 2026', 'ved behov', 'Kontinuerlig'];

/** A deterministic mix of every timing kind, varied per municipality. */
function syntheticEntries(municipality: number): WheelEntry[] {
  return Array.from({ length: ENTRIES }, (_, i): WheelEntry => {
    const n = municipality * ENTRIES + i;
    const month = (n % 12) + 1;
    const timings: WheelTiming[] = [
      { kind: 'months', months: [month] },
      { kind: 'months', months: [month, ((month + 5) % 12) + 1], day: (n % 28) + 1 },
      { kind: 'months', months: [month], every: 2, firstYear: 2025 + (n % 2), time: '10:00' },
      { kind: 'deadline', deadline: `2026-${String(month).padStart(2, '0')}-15` },
      { kind: 'text', text: TEXTS[n % TEXTS.length] ?? 'mars' },
    ];
    const timing = timings[n % timings.length] ?? { kind: 'months', months: [1] };
    return { id: `M${municipality}-W${i}`, title: `Oppgave ${i}`, todo: 'Gjør det.', measures: [], audience: 'alle-ledere', timing };
  });
}

export function benchOccurrences(): { ms: number; occurrences: number } {
  const plans = Array.from({ length: MUNICIPALITIES }, (_, m) => syntheticEntries(m));
  const clock = new ManualClock('2026-01-01T00:00:00Z');
  const runs: Array<{ ms: number; occurrences: number }> = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    let occurrences = 0;
    for (const wheel of plans) {
      occurrences += computeOccurrences(wheel, { from: '2026-01-01', to: '2026-12-31' }, clock).occurrences.length;
    }
    runs.push({ ms: performance.now() - start, occurrences });
  }
  runs.sort((a, b) => a.ms - b.ms);
  const median = runs[1] ?? { ms: NaN, occurrences: 0 };
  return { ms: Math.round(median.ms * 10) / 10, occurrences: median.occurrences };
}

if (require.main === module) {
  process.stdout.write(`${JSON.stringify(benchOccurrences())}\n`);
}
