import assert from 'node:assert/strict';
import { contactsFor } from '../../src/knowledge';

const CONTACTS = [
  { name: 'TryggEst-teamet', when: 'Bekymring for en voksen' },
  { name: 'Barnevernet, dagtid', when: 'Bekymring for et barn på hverdager' },
  { name: 'Barnevernvakten', when: 'Bekymring for et barn på kveld og i helg' },
  { name: 'Krisesenteret', when: 'Trenger et trygt sted å bo, hele døgnet' },
];
const names = (q: string): string[] => contactsFor(q, CONTACTS).map((c) => c.name);

describe('contacts that fit the question', () => {
  it('gives the evening service for the evening, in Bokmål and in English', () => {
    assert.deepEqual(names('Hvem ringer jeg om kvelden hvis jeg er bekymret for et barn?'), ['Barnevernvakten']);
    assert.deepEqual(names("Who should I call in the evening if I'm worried about a child?"), ['Barnevernvakten']);
  });

  it('gives both child services for a child, and the shelter for a place to stay', () => {
    assert.deepEqual(names('Jeg er bekymret for et barn').sort(), ['Barnevernet, dagtid', 'Barnevernvakten']);
    assert.deepEqual(names('Hun trenger et trygt sted å bo'), ['Krisesenteret']);
  });

  it('shows every contact when none fits, and ignores words every contact has', () => {
    assert.equal(names('Hvordan bytter jeg passord?').length, CONTACTS.length);
    const all = CONTACTS.map((c) => ({ ...c, when: `${c.when} (eksempelnummer)` }));
    assert.equal(contactsFor('Gi meg et eksempelnummer', all).length, all.length);
  });
});
