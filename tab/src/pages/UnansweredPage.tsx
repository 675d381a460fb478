import { Badge, Link, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { CURATED_FORM_PAGE, type UnansweredDto, type UnansweredQuestionDto } from '../../../src/unanswered/dto';
import { useApi } from '../context';
import { dateTimeNo } from '../format';
import { Problem } from '../Problem';

const useStyles = makeStyles({
  list: { listStyleType: 'none', padding: 0, display: 'grid', rowGap: tokens.spacingVerticalS },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM,
    display: 'grid', rowGap: tokens.spacingVerticalXXS, backgroundColor: tokens.colorNeutralBackground1,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  // A pasted address or a long compound must wrap at a phone's width.
  question: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  answer: { overflowWrap: 'anywhere' },
  action: { justifySelf: 'start', padding: `${tokens.spacingVerticalXS} 0` },
});

const REASON: Record<UnansweredQuestionDto['reason'], { text: string; color: 'danger' | 'warning' | 'informative' }> = {
  refused: { text: 'Ikke besvart', color: 'danger' },
  uncertain: { text: 'Mulig svar', color: 'warning' },
  downvoted: { text: 'Markert som ikke nyttig', color: 'informative' },
};

/** The curated-answer form (its own page), with the masked question filled in. */
export function curatedFormHref(text: string): string {
  return `#/${CURATED_FORM_PAGE}?sporsmal=${encodeURIComponent(text)}`;
}

function Question({ q }: { q: UnansweredQuestionDto }) {
  const s = useStyles();
  const reason = REASON[q.reason];
  const textId = `sporsmal-${q.id.slice(0, 16)}`;
  return (
    <li className={s.item}>
      <div className={s.head}>
        <Text id={textId} className={s.question}>{q.text}</Text>
        <Badge appearance="tint" color={reason.color}>{reason.text}</Badge>
      </div>
      <Text>{q.count === 1 ? 'Stilt én gang' : `Stilt ${q.count} ganger`} · først {dateTimeNo(q.firstSeen)} · sist {dateTimeNo(q.lastSeen)}</Text>
      <Text className={s.answer}>
        {q.answerLine ? <>Svaret som ble gitt ({q.label}): <q>{q.answerLine}</q></> : 'Dokumentene svarte ikke.'}
      </Text>
      <Link className={s.action} href={curatedFormHref(q.text)} aria-describedby={textId}>Lag kuratert svar</Link>
    </li>
  );
}

/**
 * Coordinators: the questions staff asked that got "Mulig svar", no answer, or a 👎, grouped and
 * most asked first, masked as stored and without the asker. Each row opens the curated-answer form.
 */
export function UnansweredPage() {
  const s = useStyles();
  const result = useApi<UnansweredDto>('/unanswered');
  if (result.loading) return <Spinner label="Henter spørsmål …" />;
  if (!result.ok) return <Problem status={result.status} message={result.message} />;
  const { enabled, retentionDays, questions } = result.data;
  if (!enabled) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>Spørsmål uten godt svar blir ikke registrert i denne kommunen (UNANSWERED_LOG=off). Ingenting er lagret.</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <section aria-labelledby="unanswered-heading">
      <h2 id="unanswered-heading">Spørsmål uten godt svar ({questions.length})</h2>
      <Text as="p">
        Spørsmål som dokumentene ikke svarte på, svarte usikkert på («Mulig svar»), eller som ble markert som ikke nyttige, de
        siste {retentionDays} dagene. Like spørsmål er slått sammen. Teksten er maskert: fødselsnummer, telefonnummer, e-post og ord
        som kan være navn er erstattet. Hvem som spurte, er ikke lagret. Et spørsmål slettes {retentionDays} dager etter at det sist ble stilt.
      </Text>
      {questions.length === 0 ? <Text as="p">Ingen spørsmål uten godt svar de siste {retentionDays} dagene.</Text> : (
        <ul className={s.list}>
          {questions.map((q) => <Question key={q.id} q={q} />)}
        </ul>
      )}
    </section>
  );
}
