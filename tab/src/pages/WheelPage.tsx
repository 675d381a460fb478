import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { WheelDto } from '../../../src/tab/api-types';
import { useApi } from '../context';
import { Problem } from '../Problem';

const useStyles = makeStyles({
  picture: { display: 'block', width: '100%', maxWidth: '320px', height: 'auto', margin: `0 auto ${tokens.spacingVerticalL}` },
  months: { listStyleType: 'none', padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(17rem, 1fr))', gap: tokens.spacingHorizontalL },
  month: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM },
  h3: { margin: `0 0 ${tokens.spacingVerticalXS} 0`, fontSize: tokens.fontSizeBase400 },
  entries: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'grid', rowGap: tokens.spacingVerticalS },
  detail: { color: tokens.colorNeutralForeground2 },
});

/** The wheel of the twelve months from this one (the chat's `årshjul` picture) and every entry under it. */
export function WheelPage() {
  const s = useStyles();
  const result = useApi<WheelDto>('/wheel');
  if (result.loading) return <Spinner label="Henter årshjulet …" />;
  if (!result.ok) return <Problem status={result.status} message={result.message} />;
  const w = result.data;
  return (
    <>
      <img className={s.picture} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(w.svg)}`} alt={w.alt} width={320} height={320} />
      <h2>Måned for måned</h2>
      <ul className={s.months}>
        {w.months.map((m) => (
          <li key={m.month} className={s.month}>
            <h3 className={s.h3}>{m.name}</h3>
            {m.entries.length === 0 ? <Text>Ingen aktiviteter.</Text> : (
              <ul className={s.entries}>
                {m.entries.map((e) => (
                  <li key={e.id}>
                    <Text weight="semibold">{e.title}</Text>
                    {e.todo && <Text as="p" block>{e.todo}</Text>}
                    <Text as="p" block className={s.detail}>
                      Målgruppe: {e.audience}{e.responsible ? ` · Ansvarlig: ${e.responsible}` : ''}{e.measures.length ? ` · Tiltak: ${e.measures.join(', ')}` : ''}
                    </Text>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
