import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { CARDS_DIR, renderCard } from '../../src/bot/cards';
import { cardProblems } from '../support/card-validator';

const SAMPLES = path.join(__dirname, 'samples');
const SNAPSHOTS = path.join(__dirname, 'snapshots');
const templates = fs.readdirSync(CARDS_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe('card templates', () => {
  for (const name of templates) {
    describe(name, () => {
      const sampleFile = path.join(SAMPLES, `${name}.json`);

      it('has sample data', () => assert.ok(fs.existsSync(sampleFile), `add ${path.relative(process.cwd(), sampleFile)}`));

      it('binds to a card the Adaptive Cards parser accepts, with known verbs only', () => {
        const card = renderCard(name, JSON.parse(fs.readFileSync(sampleFile, 'utf8')));
        assert.deepEqual(cardProblems(card), []);
        assert.doesNotMatch(JSON.stringify(card), /\$\{/, 'unbound template expression');
      });

      it('matches its snapshot (UPDATE_SNAPSHOTS=1 to accept a change)', () => {
        const card = renderCard(name, JSON.parse(fs.readFileSync(sampleFile, 'utf8')));
        const snap = path.join(SNAPSHOTS, `${name}.json`);
        const text = JSON.stringify(card, null, 2) + '\n';
        if (!fs.existsSync(snap) || process.env.UPDATE_SNAPSHOTS === '1') fs.writeFileSync(snap, text);
        assert.equal(text, fs.readFileSync(snap, 'utf8'));
      });
    });
  }

  it('catches an unknown element and an unknown verb', () => {
    const problems = cardProblems({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Bogus' }], actions: [{ type: 'Action.Execute', title: 'x', verb: 'nope' }] });
    assert.ok(problems.some((p) => p.includes('Bogus')));
    assert.ok(problems.includes('unknown verb nope'));
  });
});
