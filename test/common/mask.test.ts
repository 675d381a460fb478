import assert from 'node:assert/strict';
import { EMAIL_MASK, FNR_MASK, PHONE_MASK, findPersonalData, maskDeep, maskPersonalData } from '../../src/common/mask';
import { NOT_PERSONAL_DATA, PERSONAL_DATA, type Kind } from './personal-data-formats';

const MASKS: Record<Kind, string> = { fnr: FNR_MASK, phone: PHONE_MASK, email: EMAIL_MASK };

// Valid by their check digits (synthetic: made by the validator, belonging to no one we know of).
const FNR = '01019010046';
const FNR_2 = '15058510170';
const DNR = '41019010048';

describe('maskPersonalData', () => {
  describe('masks every way of writing personal data in the table', () => {
    for (const [written, kind, around = '•'] of PERSONAL_DATA) {
      it(`${kind}: ${JSON.stringify(written)}`, () => {
        const masked = around.replace('•', MASKS[kind]);
        assert.equal(maskPersonalData(`Gjelder ${written}, takk.`), `Gjelder ${masked}, takk.`);
        assert.equal(maskPersonalData(written), masked, 'alone');
      });
    }
  });

  describe('leaves what only looks like personal data', () => {
    for (const text of NOT_PERSONAL_DATA) {
      it(JSON.stringify(text), () => assert.equal(maskPersonalData(text), text));
    }
  });

  it('finds the kind of each format, and nothing in the look-alikes', () => {
    for (const [written, kind] of PERSONAL_DATA) {
      assert.deepEqual(findPersonalData(written), { fnr: kind === 'fnr', phone: kind === 'phone', email: kind === 'email' }, written);
    }
    for (const text of NOT_PERSONAL_DATA) assert.deepEqual(findPersonalData(text), { fnr: false, phone: false, email: false }, text);
  });

  it('masks a display name that holds a phone number or an e-mail like any text', () => {
    assert.equal(maskPersonalData('Kari Nordmann (mob 938 47 519)'), `Kari Nordmann (mob ${PHONE_MASK})`);
    assert.equal(maskPersonalData('Ola N. – ola @ eksempel.no'), `Ola N. – ${EMAIL_MASK}`);
  });

  it('masks a long text in linear time', () => {
    const started = process.hrtime.bigint();
    maskPersonalData('a.'.repeat(5_000) + '1 2 3 '.repeat(2_000) + 'x@'.repeat(2_000));
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 500, 'under half a second for 30 000 hostile characters');
  });

  it('masks a fødselsnummer written together', () => {
    assert.equal(maskPersonalData(`Eleven har fnr ${FNR}.`), `Eleven har fnr ${FNR_MASK}.`);
  });

  it('masks a fødselsnummer in the common separated forms', () => {
    for (const written of ['010190 10046', '010190-10046', '01.01.90 10046', '01.01.90-10046', '01-01-90 10046', '150585 10170']) {
      assert.equal(maskPersonalData(`fnr ${written} ok`), `fnr ${FNR_MASK} ok`, written);
    }
  });

  it('masks a D-nummer', () => {
    assert.equal(maskPersonalData(`d-nr ${DNR}`), `d-nr ${FNR_MASK}`);
    assert.equal(maskPersonalData('d-nr 410190 10048'), `d-nr ${FNR_MASK}`);
  });

  it('leaves 11 digits whose check digits are wrong: they are not a fødselsnummer', () => {
    assert.equal(maskPersonalData('kontonummer 01019012345'), 'kontonummer 01019012345');
  });

  it('masks Norwegian phone numbers in the usual groupings and separators', () => {
    const forms = [
      '47809050', '478 09 050', '47 80 90 50', '478 090 50', '4780 9050', '+47 478 09 050', '0047 47809050',
      '+4747809050', '478-09-050', '478.09.050', '47-80-90-50', '47.80.90.50', '+47 478-09-050', '22 33 44 55',
    ];
    for (const phone of forms) assert.equal(maskPersonalData(`ring ${phone} nå`), `ring ${PHONE_MASK} nå`, phone);
  });

  it('masks e-mail addresses', () => {
    assert.equal(maskPersonalData('skriv til ola.nordmann@eksempel.kommune.no i dag'), `skriv til ${EMAIL_MASK} i dag`);
  });

  it('keeps emergency and service numbers, dates, years, measure ids and paragraphs', () => {
    const text = 'Ring 112, 113 eller 116 111. Frist 31.12.2023 og 2026-11-30, planperiode 2022-2025, tiltak 3.2.1, straffeloven § 282.';
    assert.equal(maskPersonalData(text), text);
  });

  it('leaves GUIDs such as Entra object ids intact', () => {
    const id = '00000000-0000-0000-0000-000000000020 og 12345678-aaaa-4bbb-8ccc-123456789012';
    assert.equal(maskPersonalData(id), id);
  });

  it('does not mask part of a longer digit run', () => {
    assert.equal(maskPersonalData(`saksnummer 9${FNR}3`), `saksnummer 9${FNR}3`);
  });

  it('is idempotent: masking masked text changes nothing', () => {
    const once = maskPersonalData(`${FNR} 478-09-050 a@b.no`);
    assert.equal(maskPersonalData(once), once);
  });

  it('masks strings deep inside objects and arrays', () => {
    const masked = maskDeep({ comment: 'tlf 47809050', nested: [{ fnr: FNR_2 }], n: 3 });
    assert.deepEqual(masked, { comment: `tlf ${PHONE_MASK}`, nested: [{ fnr: FNR_MASK }], n: 3 });
  });
});

describe('findPersonalData', () => {
  it('says which kinds of personal data a text holds', () => {
    assert.deepEqual(findPersonalData('Hva gjør jeg hvis jeg er bekymret for et barn?'), { fnr: false, phone: false, email: false });
    assert.deepEqual(findPersonalData(`Gutten med fnr 01.01.90 10046`), { fnr: true, phone: false, email: false });
    assert.deepEqual(findPersonalData(`D-nummer ${DNR}`), { fnr: true, phone: false, email: false });
    assert.deepEqual(findPersonalData('Mor har tlf +47 478 09 050'), { fnr: false, phone: true, email: false });
    assert.deepEqual(findPersonalData('mail kari@eksempel.no'), { fnr: false, phone: false, email: true });
  });

  it('ignores numbers that only look like personal data', () => {
    assert.deepEqual(findPersonalData('Ring 112 eller 116 111, frist 31.12.2026, konto 01019012345'), { fnr: false, phone: false, email: false });
  });
});
