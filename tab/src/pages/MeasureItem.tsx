import { Badge, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { MeasureDto, StatusName } from '../../../src/tab/api-types';
import { dateNo, dateTimeNo, OUTCOME_NO } from '../format';

const BADGE: Record<StatusName, 'informative' | 'brand' | 'success' | 'danger' | 'warning'> = {
  'Ikke startet': 'informative', 'Pågår': 'brand', 'Fullført': 'success', 'Forsinket': 'danger', 'Avbrutt': 'warning',
};

const useStyles = makeStyles({
  item: {
    padding: tokens.spacingVerticalS + ' ' + tokens.spacingHorizontalM,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'grid',
    rowGap: tokens.spacingVerticalXXS,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  title: { fontWeight: tokens.fontWeightSemibold },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** One measure: status, who is responsible, deadline, its last decision and its SharePoint item. */
export function MeasureItem({ m }: { m: MeasureDto }) {
  const s = useStyles();
  const d = m.lastDecision;
  return (
    <li className={s.item}>
      <div className={s.head}>
        <Text className={s.title}>{m.id} {m.title}</Text>
        <Badge appearance="tint" color={BADGE[m.status]}>{m.status}</Badge>
      </div>
      <Text>Ansvarlig: {m.responsible || '–'}{m.owners.length ? ` · Eiere: ${m.owners.join(', ')}` : ''}</Text>
      {m.deadline && (
        <Text>Frist: {dateNo(m.deadline)}{m.overdue && <span className={s.overdue}> – fristen er passert</span>}</Text>
      )}
      <Text>
        {d
          ? `Sist avgjort: ${OUTCOME_NO[d.outcome]} av ${d.by} ${dateTimeNo(d.at)}${d.fromStatus ? ` (${d.fromStatus} → ${d.toStatus})` : ''}`
          : 'Ingen avgjørelser i assistenten ennå.'}
      </Text>
      {m.link && (
        <Link href={m.link} target="_blank" rel="noopener noreferrer" aria-label={`Åpne tiltak ${m.id} i SharePoint`}>Åpne i SharePoint</Link>
      )}
    </li>
  );
}
