import { makeStyles, tokens } from '@fluentui/react-components';
import type { GoalDto, StatusName } from '../../../src/tab/api-types';

/** One colour per status, from the theme's palette, so light, dark and high contrast all fit. */
export const STATUS_COLOURS: Record<StatusName, string> = {
  'Ikke startet': tokens.colorNeutralForeground3,
  'Pågår': tokens.colorBrandBackground,
  'Fullført': tokens.colorPaletteGreenBackground3,
  'Forsinket': tokens.colorPaletteRedBackground3,
  'Avbrutt': tokens.colorPaletteMarigoldBackground3,
};

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'grid', rowGap: tokens.spacingVerticalXS },
  row: { display: 'grid', gridTemplateColumns: '7.5rem 2rem 1fr', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  count: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  track: {
    height: '10px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground5,
    outline: `1px solid ${tokens.colorNeutralStroke1}`,
    overflow: 'hidden',
  },
  fill: { height: '100%' },
});

/** Counts per status with a bar each; the bar only repeats the number, so it is hidden from screen readers. */
export function StatusBars({ goal, statuses }: { goal: GoalDto; statuses: StatusName[] }) {
  const s = useStyles();
  return (
    <ul className={s.list}>
      {statuses.map((status) => {
        const n = goal.counts[status] ?? 0;
        const share = goal.total ? (100 * n) / goal.total : 0;
        return (
          <li key={status} className={s.row}>
            <span>{status}</span>
            <span className={s.count}>{n}</span>
            <span className={s.track} aria-hidden="true">
              <span className={s.fill} style={{ display: 'block', width: `${share}%`, backgroundColor: STATUS_COLOURS[status] }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
