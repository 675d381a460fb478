import { Button, Field, Link, makeStyles, MessageBar, MessageBarBody, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { YearReportDto } from '../../../src/year-report/tab-route';
import { postJson } from '../api';
import { useSession } from '../context';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, alignItems: 'end' },
});

/**
 * For coordinators: the year's status report as a Word document, as `rapport` makes it in chat,
 * saved where this deployment keeps reports and linked here.
 */
export function ReportButton({ today }: { today: string }) {
  const s = useStyles();
  const { host } = useSession();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(String(thisYear));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true; report: YearReportDto } | { ok: false; message: string }>();

  async function make() {
    setBusy(true);
    setOutcome(undefined);
    const r = await postJson<YearReportDto>(host, '/report', { year });
    setBusy(false);
    setOutcome(r.ok ? { ok: true, report: r.data } : { ok: false, message: r.message });
  }

  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">Årsrapport</h2>
      <div className={s.row}>
        <Field label="År">
          <Select value={year} onChange={(_e, d) => setYear(d.value)}>
            {[thisYear, thisYear - 1].map((y) => <option key={y} value={String(y)}>{y}</option>)}
          </Select>
        </Field>
        <Button appearance="primary" disabled={busy} onClick={() => void make()}>{busy ? 'Lager rapporten …' : 'Lag årsrapport (Word)'}</Button>
      </div>
      <div aria-live="polite">
        {outcome?.ok === true && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              Statusrapport {outcome.report.year} er lagret {outcome.report.where}.{' '}
              <Link href={outcome.report.url} target="_blank" rel="noreferrer">{outcome.report.name}</Link>
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.ok === false && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
