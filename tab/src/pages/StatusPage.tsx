import { Field, makeStyles, Select, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { StatusDto } from '../../../src/tab/api-types';
import { useApi, useSession } from '../context';
import { dateNo } from '../format';
import { Problem } from '../Problem';
import { MeasureItem } from './MeasureItem';
import { ReportButton } from './ReportButton';
import { StatusBars } from './StatusBars';

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalS, alignItems: 'end' },
  filter: { flex: '1 1 12rem', minWidth: 0, maxWidth: '22rem' },
  select: { width: '100%', minWidth: 0 },
  goals: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(17rem, 1fr))', gap: tokens.spacingHorizontalL, listStyleType: 'none', padding: 0 },
  goal: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM },
  list: { listStyleType: 'none', padding: 0, display: 'grid', rowGap: tokens.spacingVerticalS },
  h3: { margin: `0 0 ${tokens.spacingVerticalS} 0`, fontSize: tokens.fontSizeBase400 },
});

/** The plan's state: counts per goal, what is overdue, and every measure, filtered by goal and owner. */
export function StatusPage() {
  const s = useStyles();
  const { me } = useSession();
  const [goal, setGoal] = useState('');
  const [owner, setOwner] = useState('');
  const query = new URLSearchParams({ ...(goal ? { goal } : {}), ...(owner ? { owner } : {}) }).toString();
  const result = useApi<StatusDto>(`/status${query ? `?${query}` : ''}`);
  // Keep showing the last answer while a new filter loads, so the filters keep focus.
  const [shown, setShown] = useState<StatusDto>();
  useEffect(() => {
    if (!result.loading && result.ok) setShown(result.data);
  }, [result]);

  if (!result.loading && !result.ok) return <Problem status={result.status} message={result.message} />;
  if (!shown) return <Spinner label="Henter status …" />;
  const byId = new Map(shown.measures.map((m) => [m.id, m]));
  return (
    <>
      <Text as="p">Status per {dateNo(shown.today)}.</Text>
      <section aria-labelledby="filters-heading">
        <h2 id="filters-heading">Filtrer</h2>
        <div className={s.filters}>
          <Field label="Delmål" className={s.filter}>
            <Select className={s.select} value={goal} onChange={(_e, d) => setGoal(d.value)}>
              <option value="">Alle delmål</option>
              {shown.filters.goals.map((g) => <option key={g.value} value={g.value}>{g.label}</option>)}
            </Select>
          </Field>
          <Field label="Eier" className={s.filter}>
            <Select className={s.select} value={owner} onChange={(_e, d) => setOwner(d.value)}>
              <option value="">Alle</option>
              <optgroup label="Ansvarlig">
                {shown.filters.responsible.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </optgroup>
              <optgroup label="Eier (person)">
                {shown.filters.owners.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </optgroup>
            </Select>
          </Field>
          {result.loading && <Spinner size="tiny" label="Oppdaterer …" />}
        </div>
      </section>
      <section aria-labelledby="goals-heading">
        <h2 id="goals-heading">Status per delmål</h2>
        <ul className={s.goals}>
          {shown.goals.map((g) => (
            <li key={g.id} className={s.goal}>
              <h3 className={s.h3}>{g.id} {g.title} ({g.total} tiltak)</h3>
              <StatusBars goal={g} statuses={shown.statuses} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">Forfalte tiltak ({shown.overdue.length})</h2>
        {shown.overdue.length === 0
          ? <Text as="p">Ingen tiltak har passert fristen.</Text>
          : (
            <ul>
              {shown.overdue.map((id) => byId.get(id)).filter((m) => m !== undefined).map((m) => (
                <li key={m.id}>{m.id} {m.title}: frist {dateNo(m.deadline ?? '')}, {m.status.toLowerCase()}</li>
              ))}
            </ul>
          )}
      </section>
      {me.coordinator && <ReportButton today={shown.today} />}
      <section aria-labelledby="measures-heading">
        <h2 id="measures-heading">Alle tiltak ({shown.measures.length})</h2>
        {shown.measures.length === 0
          ? <Text as="p">Ingen tiltak passer filteret.</Text>
          : <ul className={s.list}>{shown.measures.map((m) => <MeasureItem key={m.id} m={m} />)}</ul>}
      </section>
    </>
  );
}
