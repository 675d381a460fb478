import assert from 'node:assert/strict';
import { teamInstall } from '../support/activities';
import { RecordingConnector } from '../support/recording-connector';
import { post, startTestService, type TestService } from '../support/service';
import { forEachBackend } from '../support/state-backends';

/** The two events Teams sends when a team installs the bot, for one team. */
function installEvents(serviceUrl: string, teamId: string) {
  const added = teamInstall(serviceUrl);
  added.conversation.id = teamId;
  added.channelData.team.id = teamId;
  const installed = { ...added, id: `${added.id}-i`, type: 'installationUpdate', action: 'add', membersAdded: undefined };
  return [added, installed];
}

forEachBackend('the first team install', (backend) => {
  let connector: RecordingConnector;
  let ctx: TestService;
  beforeEach(async () => {
    connector = new RecordingConnector();
    await connector.start();
    ctx = await startTestService({}, { state: await backend().open() });
  });
  afterEach(async () => {
    await ctx.service.stop();
    await connector.stop();
  });

  it('says hello in General once, though the two install events arrive together', async () => {
    const teams = ['19:team-a@thread.tacv2', '19:team-b@thread.tacv2', '19:team-c@thread.tacv2'];
    await Promise.all(teams.flatMap((t) => installEvents(connector.url, t).map((a) => post(ctx.url, a))));
    await connector.waitFor(teams.length);
    await Promise.all(teams.flatMap((t) => installEvents(connector.url, t).map((a) => post(ctx.url, a))));
    const hellos = connector.sent.filter((s) => /Jeg er lagt til her/.test(String(s.activity.text)));
    assert.deepEqual(hellos.map((h) => h.conversationId).sort(), teams, 'one hello per team');
  });
});
