import assert from 'node:assert/strict';
import { cardAction, channelMention, personalMessage } from '../support/activities';
import { cardProblems } from '../support/card-validator';
import { botUnderTest, post } from '../support/service';

type CardActivity = { attachments?: Array<{ content: { body: Array<Record<string, unknown>> } }> };

describe('answers over the real protocol', () => {
  const bot = botUnderTest();

  async function ask(text: string, activity = personalMessage(bot.connector.url, text)) {
    bot.connector.clear();
    await post(bot.ctx.url, activity);
    await bot.connector.waitFor(1);
    return bot.connector.sent[0]!.activity as CardActivity & { text?: string };
  }

  it('answers a worried member of staff from the sample guide, with a citation', async () => {
    const reply = await ask('Hva gjør jeg hvis jeg mistenker at et barn blir utsatt for vold?');
    const card = JSON.stringify(reply);
    assert.match(card, /"text":"(Mulig svar|Svar)"/);
    assert.match(card, /Kilder/);
    assert.match(card, /Ved bekymring for vold/);
    assert.match(card, /answer\.feedback/);
  });

  it('gives a coordinator\'s curated answer first, marked, with its source and the documents\' passages under it', async () => {
    const reply = await ask('Jeg har en vond magefølelse om en elev, men ingenting konkret. Hva gjør jeg?');
    assert.deepEqual(cardProblems(reply.attachments![0]!.content), [], 'the Adaptive Cards parser accepts the curated card');
    const card = JSON.stringify(reply);
    assert.match(card, /"text":"Godkjent svar fra planansvarlig"/);
    assert.match(card, /Ta uroen på alvor, også når du ikke har noe konkret/);
    assert.match(card, /Kilde: Handlingsveileder, «Hvis du er bekymret for et barn»/);
    assert.match(card, /"text":"Mer i dokumentene"/);
    assert.doesNotMatch(card, /Dokumentene svarer kanskje ikke helt/, 'a curated answer is never shown as uncertain');
    assert.match(card, /answer\.feedback/);
  });

  it('puts the emergency numbers first when a knife is mentioned', async () => {
    const reply = await ask('Eleven sier at faren truer moren med kniv nå');
    const first = JSON.stringify(reply.attachments?.[0]?.content.body[0]);
    assert.match(first, /Ring 112 \(politi\) eller 113 \(ambulanse\)/);
    assert.match(first, /116 111/);
  });

  it('does not raise the alarm for an ordinary question about violence', async () => {
    const reply = await ask('Hva er negativ sosial kontroll?');
    assert.doesNotMatch(JSON.stringify(reply), /Ring 112/);
  });

  it('says plainly when the documents are silent and shows the contacts', async () => {
    const reply = JSON.stringify(await ask('Hvordan bytter jeg passord?'));
    assert.match(reply, /svarer ikke på dette/);
    assert.match(reply, /TryggEst-teamet/);
    assert.doesNotMatch(reply, /"text":"Svar"/);
  });

  it('gives the evening number for the evening, asked in English or in Bokmål, with an English note on its own line', async () => {
    for (const q of ["Who should I call in the evening if I'm worried about a child?", 'Hvem ringer jeg om kvelden hvis jeg er bekymret for et barn?']) {
      const body = (await ask(q)).attachments![0]!.content.body;
      const blocks = (body.find((b) => /"(Mulig svar|Svar|Godkjent svar fra planansvarlig)"/.test(JSON.stringify(b))) as { items: Array<{ text?: string; spacing?: string }> }).items;
      const answer = blocks.filter((b) => b.spacing === 'Small').map((b) => b.text).join('\n');
      assert.match(answer, /400 00 004/, q);
      assert.doesNotMatch(answer, /400 00 003/, q);
      const note = blocks.find((b) => /documents are in Norwegian/.test(b.text ?? ''));
      assert.equal(note !== undefined, q.startsWith('Who'), q);
      assert.doesNotMatch(answer, /documents are in Norwegian/, 'the note is never inside the answer');
    }
  });

  it('shows only the contacts that fit the question when the evidence is weak', async () => {
    const reply = JSON.stringify(await ask('Hvem kan jeg ringe i helgen hvis jeg er bekymret for et barn og ikke får svar?'));
    if (/Mulig svar/.test(reply)) {
      assert.match(reply, /Barnevernvakten/);
      assert.doesNotMatch(reply, /Krisesenteret \(eksempelnummer\)/);
    }
    const refused = JSON.stringify(await ask('Hvordan bytter jeg passord?'));
    assert.match(refused, /Krisesenteret/, 'a refusal with nothing to match shows every contact');
  });

  it('shows further passages for the previous question on "mer"', async () => {
    await ask('Hva er meldeplikt?');
    const more = JSON.stringify(await ask('mer'));
    assert.match(more, /Flere kilder|ikke flere relevante kilder/);
  });

  it('asks for a question first when "mer" comes without one', async () => {
    const reply = await ask('mer');
    assert.match(String(reply.text), /Still et spørsmål først/);
  });

  it('answers when @mentioned in a channel', async () => {
    const reply = JSON.stringify(await ask('', channelMention(bot.connector.url, 'Hvem ringer jeg ved bekymring for en voksen?')));
    assert.match(reply, /TryggEst/);
  });

  it('reminds not to write personal data, answers anyway, and keeps none of it', async () => {
    const fnr = '15059000060';
    const reply = JSON.stringify(await ask(`Eleven ${fnr} (tlf 478 09 050, ola@example.no) forteller at faren slår. Hva gjør jeg?`));
    assert.match(reply, /Ikke skriv personopplysninger her/);
    assert.match(reply, /"text":"Svar"|"text":"Mulig svar"/);
    const logged = bot.ctx.lines.join('\n');
    for (const secret of [fnr, '478 09 050', 'ola@example.no']) {
      assert.ok(!logged.includes(secret), `logged ${secret}`);
      assert.ok(!reply.includes(secret), `echoed ${secret}`);
    }
    // "mer" works from the question without the personal data, which was never remembered.
    const more = JSON.stringify(await ask('mer'));
    assert.doesNotMatch(more, /15059000060|478 09 050/);
  });

  it('does not remind when the message holds no personal data', async () => {
    assert.doesNotMatch(JSON.stringify(await ask('Hva er meldeplikt?')), /Ikke skriv personopplysninger/);
  });

  it('stores feedback as a verdict and a hash, never the question', async () => {
    const q = 'a'.repeat(64);
    const res = await post(bot.ctx.url, cardAction(bot.connector.url, 'answer.feedback', { verdict: 'up', q, ids: ['handlingsveileder.md#1'] }));
    assert.match(JSON.stringify(res.body), /Takk for tilbakemeldingen/);
    const rows = bot.ctx.service.db.prepare('SELECT verdict, question_hash, passage_ids FROM answer_feedback').all();
    assert.deepEqual(rows, [{ verdict: 'up', question_hash: q, passage_ids: '["handlingsveileder.md#1"]' }]);
  });

  it('refuses forged feedback data and stores nothing', async () => {
    const res = await post(bot.ctx.url, cardAction(bot.connector.url, 'answer.feedback', { verdict: 'up', q: 'Hva gjør jeg?', ids: 'x' }));
    assert.match(JSON.stringify(res.body), /ugyldige data/);
    const count = bot.ctx.service.db.prepare('SELECT COUNT(*) AS n FROM answer_feedback').get() as { n: number };
    assert.equal(count.n, 0);
  });
});
