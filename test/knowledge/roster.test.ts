import assert from 'node:assert/strict';
import { asksAuthors, isRosterLine, rosterShare } from '../../src/knowledge/roster';

describe('the list of a plan\'s authors', () => {
  it('reads a line with a person\'s name, a place and a role as a line of the list', () => {
    assert.ok(isRosterLine('• Kari Nordli, Elvdal - Helsesykepleier'));
    assert.ok(isRosterLine('Per O. Haugen, Åsen – Barnevernleder'));
    assert.ok(isRosterLine('Anne Berit Lien, Elvdal - Enhetsleder barnehage'));
  });

  it('does not read a service, a measure or a sentence as a person', () => {
    assert.ok(!isRosterLine('Barn og unge, Elvdal - helsestasjonen'));
    assert.ok(!isRosterLine('NAV Elvdal, Åsen - veileder'));
    assert.ok(!isRosterLine('Ansvar: Kommunalsjef for helse'));
    assert.ok(!isRosterLine('Kari Nordli er helsesykepleier i Elvdal.'));
  });

  it('reads a working group that made the plan, with the services in it, as a line of the list', () => {
    assert.ok(isRosterLine('• Arbeidsgruppe oppvekst 2: Barnehage, helsestasjon og barnevernet'));
    assert.ok(isRosterLine('Prosjektgruppen: Rådgiver i oppvekst og to ledere fra NAV'));
    assert.ok(isRosterLine('Styringsgruppe for planen: Kommunalsjefene'));
  });

  it('does not read a group that does something as the list of authors', () => {
    assert.ok(!isRosterLine('Arbeidsgruppa utpeker to deltakere til samarbeidet med Mattilsynet.'));
    assert.ok(!isRosterLine('Plangruppa for handlingsplanen'));
    assert.ok(!isRosterLine('Ansvar: Arbeidsgruppe for vold i nære relasjoner'));
  });

  it('weighs a window by the words of its lines that name people', () => {
    assert.equal(rosterShare(['Kari Nordli, Elvdal - Helsesykepleier', 'Per Haugen, Åsen - Barnevernleder']), 1);
    assert.equal(rosterShare(['Kari Nordli, Elvdal - Helsesykepleier', 'Vold er enhver handling rettet mot en annen person som skader eller skremmer.']), 5 / 18);
    assert.equal(rosterShare([]), 0);
  });

  it('knows a question about who made the plan from one about who does something', () => {
    assert.ok(asksAuthors(['arbeidsgruppa', 'planen']));
    assert.ok(asksAuthors(['utarbeidet', 'planen']));
    assert.ok(!asksAuthors(['ansvar', 'barnevern']));
  });
});
