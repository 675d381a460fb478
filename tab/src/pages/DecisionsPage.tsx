import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { DecisionsDto } from '../../../src/tab/api-types';
import { useApi } from '../context';
import { dateTimeNo, OUTCOME_NO } from '../format';
import { Problem } from '../Problem';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, display: 'grid', rowGap: tokens.spacingVerticalS },
  item: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, display: 'grid', rowGap: tokens.spacingVerticalXXS },
  quote: { margin: 0, paddingLeft: tokens.spacingHorizontalS, borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
});

/** Coordinators: proposals waiting for approval, and the decision log with both comments. */
export function DecisionsPage() {
  const s = useStyles();
  const result = useApi<DecisionsDto>('/decisions');
  if (result.loading) return <Spinner label="Henter beslutninger …" />;
  if (!result.ok) return <Problem status={result.status} message={result.message} />;
  const { pending, decisions } = result.data;
  return (
    <>
      <section aria-labelledby="pending-heading">
        <h2 id="pending-heading">Venter på godkjenning ({pending.length})</h2>
        {pending.length === 0 ? <Text as="p">Ingen forslag venter. Godkjenn eller avvis forslag på kortet i chatten.</Text> : (
          <ul className={s.list}>
            {pending.map((p) => (
              <li key={p.id} className={s.item}>
                <Text weight="semibold">{p.measureId} {p.measureTitle}: {p.fromStatus} → {p.toStatus}</Text>
                <Text>Foreslått av {p.proposedBy} {dateTimeNo(p.proposedAt)}</Text>
                {p.comment && <blockquote className={s.quote}>{p.comment}</blockquote>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">Siste beslutninger ({decisions.length})</h2>
        {decisions.length === 0 ? <Text as="p">Ingen beslutninger ennå.</Text> : (
          <ul className={s.list}>
            {decisions.map((d) => (
              <li key={d.id} className={s.item}>
                <Text weight="semibold">{d.measureId} {d.measureTitle}: {d.fromStatus} → {d.toStatus}</Text>
                <Text>{OUTCOME_NO[d.outcome]} av {d.decidedBy} {dateTimeNo(d.decidedAt)}</Text>
                {d.proposedBy && <Text>Foreslått av {d.proposedBy}{d.proposedAt ? ` ${dateTimeNo(d.proposedAt)}` : ''}</Text>}
                {d.proposalComment && <Text>Eierens kommentar: <q>{d.proposalComment}</q></Text>}
                {d.comment && <Text>Koordinatorens kommentar: <q>{d.comment}</q></Text>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
