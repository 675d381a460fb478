import assert from 'node:assert/strict';
import type { ManualClock } from '../../src/common/clock';
import { BOT, channelMention, personalInstall, personalMessage, teamInstall } from '../support/activities';
import { botUnderTest, post } from '../support/service';
import { welcomeCard } from '../../src/bot/welcome';

describe('bot over the real protocol', () => {
  const bot = botUnderTest();

  it('greets a personal install with the welcome card that warns against personal data', async () => {
    const res = await post(bot.ctx.url, personalInstall(bot.connector.url));
    assert.equal(res.status, 200);
    await bot.connector.waitFor(1);
    const card = bot.connector.sent[0]?.activity.attachments?.[0];
    assert.equal(card?.contentType, 'application/vnd.microsoft.card.adaptive');
    const text = JSON.stringify(card?.content);
    assert.match(text, /kommunens egne dokumenter/);
    assert.match(text, /Ikke skriv navn, fødselsnummer/);
  });

  it('greets once per install though Teams sends two events, and again when the chat is installed anew', async () => {
    const install = () => personalInstall(bot.connector.url);
    const added = () => ({ ...personalInstall(bot.connector.url), type: 'conversationUpdate', action: undefined, membersAdded: [{ id: '29:per' }, { id: BOT.id }] });
    await post(bot.ctx.url, install());
    await post(bot.ctx.url, added());
    await bot.connector.waitFor(1);
    assert.equal(bot.connector.sent.length, 1, 'one welcome for one install');
    // The Agents Playground sends both events again when the page is reloaded, on a fresh chat,
    // maybe only seconds later.
    (bot.ctx.clock as ManualClock).advance(5_000);
    await post(bot.ctx.url, added());
    await post(bot.ctx.url, install());
    await bot.connector.waitFor(2);
    assert.equal(bot.connector.sent.length, 2);
    assert.match(JSON.stringify(bot.connector.sent[1]?.activity), /Ikke skriv navn, fødselsnummer/);
    (bot.ctx.clock as ManualClock).advance(5 * 60_000);
    await post(bot.ctx.url, install());
    await bot.connector.waitFor(3);
  });

  it('shows the welcome card again on "hjelp", within a second', async () => {
    const started = Date.now();
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'hjelp'));
    await bot.connector.waitFor(1, 1000);
    assert.ok(Date.now() - started < 1000);
    assert.equal(bot.connector.sent[0]?.conversationId, 'a:personal-29:per');
    assert.match(JSON.stringify(bot.connector.sent[0]?.activity), /Ikke skriv navn/);
  });

  it('never echoes a question the documents cannot answer', async () => {
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'Hva mener Zorbulf om kvantefysikk?'));
    await bot.connector.waitFor(1);
    const reply = JSON.stringify(bot.connector.sent[0]?.activity);
    assert.doesNotMatch(reply, /Zorbulf|kvantefysikk/);
    assert.match(reply, /svarer ikke på dette/);
  });

  it('does not log message text at info level', async () => {
    await post(bot.ctx.url, personalMessage(bot.connector.url, 'hemmelig spørsmål om Ola'));
    await bot.connector.waitFor(1);
    const infoAndAbove = bot.ctx.lines.filter((l) => !/ (DEBUG|TRACE) /.test(l));
    assert.ok(infoAndAbove.every((l) => !l.includes('hemmelig')));
  });

  it('records a team and its channels on install and says hello once in General', async () => {
    await post(bot.ctx.url, teamInstall(bot.connector.url));
    await post(bot.ctx.url, teamInstall(bot.connector.url));
    await bot.connector.waitFor(1);
    await new Promise((r) => setImmediate(r));
    assert.equal(bot.connector.sent.length, 1);
    assert.equal(bot.connector.sent[0]?.conversationId, '19:general@thread.tacv2');
    const rows = bot.ctx.service.db.prepare("SELECT channel_name FROM conversations WHERE kind = 'channel' ORDER BY channel_name").all();
    assert.deepEqual(rows, [{ channel_name: 'General' }, { channel_name: 'TryggEst' }]);
  });

  it('answers an @mention in a channel with the mention stripped', async () => {
    await post(bot.ctx.url, channelMention(bot.connector.url, 'hjelp'));
    await bot.connector.waitFor(1);
    assert.match(JSON.stringify(bot.connector.sent[0]?.activity), /Ikke skriv navn/);
  });
});

describe('the welcome card on what is kept', () => {
  it('says questions without a good answer are kept, masked, only when they are', () => {

    assert.match(JSON.stringify(welcomeCard({ municipality: 'Eksempel kommune' })), /lagres uten navnet ditt/);
    assert.doesNotMatch(JSON.stringify(welcomeCard({ municipality: 'Eksempel kommune', config: { unansweredLog: false } })), /lagres uten navnet ditt/);
  });
});
