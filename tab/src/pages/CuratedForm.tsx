import { Button, Field, Input, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Textarea, tokens } from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import type { CuratedProposalDto, CuratedSavedDto } from '../../../src/tab/api-types';
import { postJson } from '../api';
import { useSession } from '../context';

const useStyles = makeStyles({
  form: { display: 'grid', rowGap: tokens.spacingVerticalM, maxWidth: '44rem' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, alignItems: 'center' },
});

const EMPTY = { variants: '', answer: '', source: '', link: '', reviewBy: '' };

/**
 * The form for a new curated answer. In Teams it adds an item to the SharePoint list
 * «Kuraterte svar»; in local mode the list does not exist, so it is saved in a file under DATA_DIR.
 */
export function CuratedForm({ question, source, localFile, onSaved }: { question: string; source: 'sharepoint' | 'local'; localFile: string | undefined; onSaved(): void }) {
  const s = useStyles();
  const { host } = useSession();
  const [fields, setFields] = useState({ question, ...EMPTY });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true; saved: CuratedSavedDto } | { ok: false; message: string }>();
  const set = (name: keyof typeof fields) => (_e: unknown, d: { value: string }) => setFields((f) => ({ ...f, [name]: d.value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const body: CuratedProposalDto = fields;
    const r = await postJson<CuratedSavedDto>(host, '/curated', body);
    setBusy(false);
    setOutcome(r.ok ? { ok: true, saved: r.data } : { ok: false, message: r.message });
    if (r.ok) {
      setFields({ question: '', ...EMPTY });
      onSaved();
    }
  }

  return (
    <form className={s.form} onSubmit={(e) => void submit(e)} aria-describedby={source === 'local' ? 'curated-local' : undefined}>
      {source === 'local' && (
        <MessageBar intent="info" id="curated-local" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Lokal modus</MessageBarTitle>
            I Teams ligger svarene i SharePoint-listen «Kuraterte svar». Her lagres forslaget i en lokal fil{localFile ? `: ${localFile}` : ''}.
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label="Spørsmål" required>
        <Input value={fields.question} onChange={set('question')} />
      </Field>
      <Field label="Andre måter å spørre på" hint="Ett spørsmål per linje, med ordene de ansatte bruker.">
        <Textarea value={fields.variants} onChange={set('variants')} rows={3} resize="vertical" />
      </Field>
      <Field label="Svar" required>
        <Textarea value={fields.answer} onChange={set('answer')} rows={5} resize="vertical" />
      </Field>
      <Field label="Kilde" required hint="Dokumentet og avsnittet svaret bygger på.">
        <Input value={fields.source} onChange={set('source')} />
      </Field>
      <Field label="Lenke til kilden" hint="Valgfri. En nettadresse som begynner med https://.">
        <Input type="url" value={fields.link} onChange={set('link')} />
      </Field>
      <Field label="Gjennomgås innen" hint="Uten dato: om ett år.">
        <Input type="date" value={fields.reviewBy} onChange={set('reviewBy')} />
      </Field>
      <div className={s.actions}>
        <Button type="submit" appearance="primary" disabled={busy}>{busy ? 'Lagrer …' : 'Lagre svaret'}</Button>
      </div>
      <div aria-live="polite">
        {outcome?.ok === true && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Lagret</MessageBarTitle>
              {outcome.saved.message}
              {outcome.saved.url && <> <Link href={outcome.saved.url} target="_blank" rel="noreferrer">Åpne i SharePoint</Link></>}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.ok === false && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Ikke lagret</MessageBarTitle>
              {outcome.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </form>
  );
}
