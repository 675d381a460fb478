import assert from 'node:assert/strict';
import { FNR_MASK, PHONE_MASK, maskDeep, maskPersonalData } from '../../src/common/mask';

describe('maskPersonalData', () => {
  it('masks an 11-digit fødselsnummer written together', () => {
    assert.equal(maskPersonalData('Eleven har fnr 01019012345.'), `Eleven har fnr ${FNR_MASK}.`);
  });

  it('masks a fødselsnummer with a space after the sixth digit', () => {
    assert.equal(maskPersonalData('010190 12345'), FNR_MASK);
  });

  it('masks Norwegian phone numbers in the usual groupings', () => {
    for (const phone of ['47809050', '478 09 050', '47 80 90 50', '478 090 50', '4780 9050', '+47 478 09 050', '0047 47809050']) {
      assert.equal(maskPersonalData(`ring ${phone} nå`), `ring ${PHONE_MASK} nå`, phone);
    }
  });

  it('keeps emergency and service numbers, dates, years and paragraphs', () => {
    const text = 'Ring 112, 113 eller 116 111. Frist 31.12.2023, planperiode 2022-2025, straffeloven § 282.';
    assert.equal(maskPersonalData(text), text);
  });

  it('leaves GUIDs such as Entra object ids intact', () => {
    const id = '00000000-0000-0000-0000-000000000020 og 12345678-aaaa-4bbb-8ccc-123456789012';
    assert.equal(maskPersonalData(id), id);
  });

  it('does not mask part of a longer digit run', () => {
    assert.equal(maskPersonalData('saksnummer 1234567890123'), 'saksnummer 1234567890123');
  });

  it('masks strings deep inside objects and arrays', () => {
    const masked = maskDeep({ comment: 'tlf 47809050', nested: [{ fnr: '01019012345' }], n: 3 });
    assert.deepEqual(masked, { comment: `tlf ${PHONE_MASK}`, nested: [{ fnr: FNR_MASK }], n: 3 });
  });
});
