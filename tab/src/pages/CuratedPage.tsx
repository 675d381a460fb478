import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CuratedAnswerDto, CuratedDto } from '../../../src/tab/api-types';
import { useApi } from '../context';
import { dateNo } from '../format';
import { Problem } from '../Problem';
import { routeParam } from '../router';
import { CuratedForm } from './CuratedForm';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, display: 'grid', rowGap: tokens.spacingVerticalS },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM,
    display: 'grid', rowGap: tokens.spacingVerticalXXS, backgroundColor: tokens.colorNeutralBackground1, overflowWrap: 'anywhere',
  },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400 },
  answer: { margin: 0, whiteSpace: 'pre-line' },
  due: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** One curated answer: the question, the answer as staff see it, its source, owner and review date. */
function AnswerItem({ a }: { a: CuratedAnswerDto }) {
  const s = useStyles();
  return (
    <li className={s.item}>
      <h3 className={s.h3}>{a.question}</h3>
      <p className={s.answer}>{a.answer}</p>
      <Text>Kilde: {a.link ? <Link href={a.link} target="_blank" rel="noreferrer">{a.source}</Link> : a.source}</Text>
      <Text>Ansvarlig: {a.owner ?? 'mangler'}</Text>
      <Text>
        {a.reviewBy ? `Gjennomgås innen ${dateNo(a.reviewBy)}` : 'Ingen dato for gjennomgang'}
        {a.due && <span className={s.due}> – skal gjennomgås nå</span>}
      </Text>
      {a.variants.length > 0 && (
        <details>
          <summary>Andre måter å spørre på ({a.variants.length})</summary>
          <ul>{a.variants.map((v) => <li key={v}>{v}</li>)}</ul>
        </details>
      )}
      {a.url && <Link href={a.url} target="_blank" rel="noreferrer">Åpne i SharePoint</Link>}
    </li>
  );
}

/**
 * Coordinators: the curated answers the bot gives before the documents' own, those past their
 * review date, the lists' problems, and a form for a new one (prefilled by #/kuraterte?sporsmal=…).
 */
export function CuratedPage() {
  const s = useStyles();
  const [reads, setReads] = useState(0);
  // A saved proposal reloads the list (the server reads it back at once).
  const result = useApi<CuratedDto>(`/curated${reads ? `?lest=${reads}` : ''}`);
  const [question] = useState(() => routeParam('sporsmal') ?? '');
  if (result.loading && reads === 0) return <Spinner label="Henter kuraterte svar …" />;
  if (!result.loading && !result.ok) return <Problem status={result.status} message={result.message} />;
  const data = result.loading ? undefined : result.data;
  const due = data ? data.answers.filter((a) => a.due) : [];
  return (
    <>
      <Text as="p">
        Et kuratert svar er et svar du som planansvarlig har godkjent. Når noen spør om det samme, viser Planassistenten det først,
        merket «Godkjent svar fra planansvarlig», med kilden.
      </Text>
      {data?.state.kind === 'off' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Kuraterte svar er slått av</MessageBarTitle>
            {data.state.reason}.
          </MessageBarBody>
        </MessageBar>
      )}
      <section aria-labelledby="due-heading">
        <h2 id="due-heading">Til gjennomgang ({due.length})</h2>
        {due.length === 0 ? <Text as="p">Ingen svar har passert datoen for gjennomgang.</Text> : (
          <ul className={s.list}>{due.map((a) => <AnswerItem key={a.id} a={a} />)}</ul>
        )}
      </section>
      <section aria-labelledby="form-heading">
        <h2 id="form-heading">Foreslå et nytt kuratert svar</h2>
        <CuratedForm question={question} source={data?.source ?? 'local'} localFile={data?.localFile} onSaved={() => setReads((n) => n + 1)} />
      </section>
      {data && data.problems.length > 0 && (
        <section aria-labelledby="problems-heading">
          <h2 id="problems-heading">Rader som må rettes ({data.problems.length})</h2>
          <ul>
            {data.problems.map((p, i) => (
              <li key={i}>{p.row}: {p.reason}{p.url && <> (<Link href={p.url} target="_blank" rel="noreferrer">åpne raden</Link>)</>}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="answers-heading">
        <h2 id="answers-heading">Alle kuraterte svar ({data?.answers.length ?? 0})</h2>
        {data && (data.answers.length === 0 ? <Text as="p">Ingen kuraterte svar ennå.</Text> : (
          <ul className={s.list}>{data.answers.map((a) => <AnswerItem key={a.id} a={a} />)}</ul>
        ))}
        {data && <Text as="p">Synonymer i listen: {data.staffWords}.</Text>}
      </section>
    </>
  );
}
