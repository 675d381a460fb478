import { Field, Radio, RadioGroup, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useSession } from '../context';
import { PAGES } from '../pages';

/** The channel tab's configuration: which page the tab opens on. Teams shows it when the tab is added. */
export function ConfigPage() {
  const { host } = useSession();
  const choices = PAGES.filter((p) => !p.coordinatorOnly);
  const [route, setRoute] = useState(choices[0]!.route);

  useEffect(() => {
    const page = choices.find((p) => p.route === route)!;
    host.configure({
      entityId: `handlingsplan${page.route.replace('/', '-')}`,
      contentUrl: `${window.location.origin}/tab/#${page.route}`,
      suggestedDisplayName: `Handlingsplan – ${page.title}`,
    });
  }, [host, route]);

  return (
    <>
      <Text as="p">Fanen viser kommunens handlingsplan for alle i kanalen. Koordinatorer ser også beslutningene.</Text>
      <Field label="Fanen åpner på">
        <RadioGroup value={route} onChange={(_e, d) => setRoute(d.value)}>
          {choices.map((p) => <Radio key={p.route} value={p.route} label={p.title} />)}
        </RadioGroup>
      </Field>
      {!host.inTeams && <Text as="p">Denne siden brukes når fanen legges til i en kanal i Teams.</Text>}
    </>
  );
}
