import assert from 'node:assert/strict';
import { escapeMarkdown } from '../../src/bot/markdown';

describe('escapeMarkdown', () => {
  it('escapes emphasis, links, code and html', () => {
    assert.equal(escapeMarkdown('**fet** _kursiv_ [lenke](https://x.no) `kode` <b>'), '\\*\\*fet\\*\\* \\_kursiv\\_ \\[lenke\\]\\(https://x.no\\) \\`kode\\` \\<b\\>');
  });

  it('keeps a line from starting a list, but leaves ordinary hyphens and dots', () => {
    assert.equal(escapeMarkdown('- punkt\n1. nummer\nTiltak 3.2 er i rute - nesten'), '\\- punkt\n1\\. nummer\nTiltak 3.2 er i rute - nesten');
  });

  it('leaves plain Norwegian text alone', () => {
    assert.equal(escapeMarkdown('Starter opp igjen etter ferien, på skolene.'), 'Starter opp igjen etter ferien, på skolene.');
  });
});
