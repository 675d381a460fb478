import assert from 'node:assert/strict';
import { escapeMarked, escapeMarkdown, markBoundMarkdown, md, withoutMarks } from '../../src/bot/markdown';

describe('escapeMarkdown', () => {
  it('escapes emphasis, links, images, code, html and strikethrough', () => {
    assert.equal(
      escapeMarkdown('**fet** _kursiv_ [lenke](https://x.no) ![bilde](x.png) `kode` <b> ~~borte~~'),
      '\\*\\*fet\\*\\* \\_kursiv\\_ \\[lenke\\](https://x.no) !\\[bilde\\](x.png) \\`kode\\` \\<b\\> \\~\\~borte\\~\\~',
    );
  });

  it('keeps a line from starting a list, heading, quote or rule, but leaves ordinary hyphens, dots and parentheses', () => {
    assert.equal(escapeMarkdown('- punkt\n+ pluss\n1. nummer\n2) nummer\n# Overskrift\n> sitat\n---\n==='), '\\- punkt\n\\+ pluss\n1\\. nummer\n2\\) nummer\n\\# Overskrift\n\\> sitat\n\\---\n\\===');
    assert.equal(escapeMarkdown('Tiltak 3.2 er i rute - nesten (se plan)!'), 'Tiltak 3.2 er i rute - nesten (se plan)!');
  });

  it('leaves plain Norwegian text alone', () => {
    assert.equal(escapeMarkdown('Starter opp igjen etter ferien, på skolene. «Pågår» – 2025–2028.'), 'Starter opp igjen etter ferien, på skolene. «Pågår» – 2025–2028.');
  });
});

describe('md', () => {
  it('escapes the values and keeps its own words', () => {
    assert.equal(md`Hei, ${'[Team](https://x.no)'}! Målgrupper: ${['a_b', 'c']}.`, 'Hei, \\[Team\\](https://x.no)! Målgrupper: a\\_b, c.');
  });
});

describe('marked card templates', () => {
  const template = {
    type: 'AdaptiveCard',
    body: [
      { type: 'TextBlock', text: '**Fast tekst** – ${title}', $when: "${title != ''}" },
      { type: 'FactSet', facts: [{ $data: '${rows}', title: '${id}', value: '${text}' }] },
      { type: 'Input.ChoiceSet', choices: [{ title: '${title}', value: '${title}' }] },
      { type: 'Action.OpenUrl', url: '${url}' },
    ],
  };

  it('marks only what TextBlocks and facts bind; conditions, inputs and urls stay as written', () => {
    const marked = JSON.stringify(markBoundMarkdown(template));
    assert.match(marked, /"text":"\*\*Fast tekst\*\* – \uE000\$\{title\}\uE001"/);
    assert.match(marked, /"title":"\uE000\$\{id\}\uE001","value":"\uE000\$\{text\}\uE001"/);
    assert.match(marked, /"\$when":"\$\{title != ''\}"/);
    assert.match(marked, /"choices":\[\{"title":"\$\{title\}","value":"\$\{title\}"\}\]/);
    assert.match(marked, /"url":"\$\{url\}"/);
  });

  it('escapes each marked value after binding and removes the marks; data cannot bring its own', () => {
    const bound = escapeMarked({ text: '**Fast** \uE000[x](y)\uE001 og \uE000_z_\uE001', url: 'https://x.no/a_b' });
    assert.deepEqual(bound, { text: '**Fast** \\[x\\](y) og \\_z\\_', url: 'https://x.no/a_b' });
    assert.deepEqual(withoutMarks({ a: ['\uE001[x](y)\uE000'], b: 1 }), { a: ['[x](y)'], b: 1 });
  });

  it('refuses a template whose markdown text holds an expression with braces inside', () => {
    assert.throws(() => markBoundMarkdown({ type: 'TextBlock', text: "${json('{}')}" }), /expression with braces inside/);
  });
});
