import type { ILogger } from '@microsoft/teams.common';
import type { LiveKnowledge, RefreshReport } from '../knowledge/live';
import type { Person } from '../plan/types';
import type { ConversationStore } from '../storage/conversation-store';
import type { Feature } from './features';
import { md } from './markdown';
import type { MessageSender } from './message-sender';
import { senderOf } from './measures/feature';

export const KNOWLEDGE_TEXTS = {
  usage: 'Skriv «oppdater kunnskap» for å lese dokumentene på nytt.',
  forbidden: 'Bare koordinatorer kan oppdatere kunnskapen.',
  started: 'Leser dokumentene på nytt …',
};

/** A short Norwegian report of a reload, naming files that could not be read. */
export function describeRefresh(r: RefreshReport): string {
  if (r.unavailable) return md`Fikk ikke lest dokumentbiblioteket (${r.unavailable}). Svarene bygger på forrige kopi, ${r.documents} dokumenter.`;
  const lines = [`Kunnskapen er oppdatert: ${r.documents} dokumenter, ${r.changed} nye eller endret, ${r.removed} fjernet.`];
  // File names and reasons are data: a library may hold a file called anything.
  if (r.failed.length) lines.push(`Kunne ikke leses og er hoppet over: ${r.failed.map((f) => md`${f.name} (${f.reason})`).join('; ')}.`);
  return lines.join(' ');
}

/** Tells every reachable coordinator about files that failed, after a scheduled reload. */
export async function reportFailures(r: RefreshReport, deps: { coordinators: Person[]; conversations: ConversationStore; sender: MessageSender; log: ILogger }): Promise<void> {
  if (r.failed.length === 0 && !r.unavailable) return;
  for (const c of deps.coordinators) {
    const ref = await deps.conversations.personalChatOf(c.aadObjectId);
    if (!ref) continue;
    const res = await deps.sender.send(ref, { type: 'message', text: describeRefresh(r) });
    if (res.kind !== 'sent') deps.log.warn(`could not tell a coordinator about unreadable files (${res.kind})`);
  }
}

/** "oppdater kunnskap": coordinators reload the documents on demand. */
export function knowledgeAdminFeature(deps: { knowledge: LiveKnowledge; isCoordinator: (p: Person) => boolean; log: ILogger }): Feature {
  const log = deps.log.child('knowledge');
  return {
    commands: {
      oppdater: async (ctx, args) => {
        if (!/^kunnskap(en)?$/i.test(args.trim())) return void (await ctx.send(KNOWLEDGE_TEXTS.usage));
        const me = senderOf(ctx.activity);
        if (!me || !deps.isCoordinator(me)) return void (await ctx.send(KNOWLEDGE_TEXTS.forbidden));
        await ctx.send(KNOWLEDGE_TEXTS.started);
        const report = await deps.knowledge.refresh();
        log.info(`knowledge reloaded on demand: ${report.documents} documents, ${report.failed.length} failed`);
        await ctx.send(describeRefresh(report));
      },
    },
  };
}
