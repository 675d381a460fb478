import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { DispatcherOptions } from '../../src/reminders/dispatcher';

export const SECRET = 'multi-instance-secret';

/** A bot process: its URL, and the child to kill. */
export interface Instance {
  index: number;
  url: string;
  child: ChildProcess;
}

/** Several bot processes on one environment (one Azurite, one plan, one Graph emulator). */
export class Cluster {
  private nextMessage = 1;
  private constructor(readonly instances: Instance[]) {}

  static async start(count: number, env: Record<string, string>, clockStart: string, reminders: DispatcherOptions = {}): Promise<Cluster> {
    const started = await Promise.all(Array.from({ length: count }, (_, index) => startInstance(index, env, clockStart, reminders)));
    return new Cluster(started);
  }

  alive(): Instance[] {
    return this.instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null);
  }

  /** kill -9: no shutdown hook runs, nothing is flushed. */
  async kill(index: number): Promise<void> {
    const child = this.instances[index]!.child;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  /** Moves every live instance's clock forward by `ms`. */
  async jump(ms: number): Promise<void> {
    await Promise.all(this.alive().map((i) => this.ask(i, { jump: ms })));
  }

  /** The failure windows (ms) of the reminders each live instance sent since the last call. */
  async windows(): Promise<number[]> {
    const all = await Promise.all(this.alive().map((i) => this.ask(i, { windows: true })));
    return all.flatMap((r) => (r.windows as number[] | undefined) ?? []);
  }

  /** POST /api/reminders/run on one instance: one dispatcher pass, counts only. */
  async dispatch(i: Instance): Promise<Record<string, number>> {
    const res = await fetch(`${i.url}/api/reminders/run`, { method: 'POST', headers: { 'x-reminder-secret': SECRET } });
    if (res.status !== 200) throw new Error(`instance ${i.index}: reminder run answered ${res.status}`);
    return (await res.json()) as Record<string, number>;
  }

  async stop(): Promise<void> {
    await Promise.all(this.alive().map((i) => {
      const exited = new Promise((r) => i.child.once('exit', r));
      i.child.kill('SIGTERM');
      return exited;
    }));
  }

  private ask(i: Instance, message: Record<string, unknown>): Promise<Record<string, unknown>> {
    const id = this.nextMessage++;
    return new Promise((resolve) => {
      const onMessage = (m: { ack?: number }) => {
        if (m.ack !== id) return;
        i.child.off('message', onMessage);
        resolve(m);
      };
      i.child.on('message', onMessage);
      i.child.send({ ...message, id });
    });
  }
}

async function startInstance(index: number, env: Record<string, string>, clockStart: string, reminders: DispatcherOptions): Promise<Instance> {
  const child = fork(path.join(__dirname, 'instance.ts'), [], {
    execArgv: ['--require', 'tsx/cjs', '--no-deprecation'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    env: {
      PATH: process.env.PATH ?? '', DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), `vinr-instance-${index}-`)),
      REMINDER_TRIGGER_SECRET: SECRET, TEST_INSTANCE: String(index), TEST_CLOCK_START: clockStart,
      TEST_REMINDER_OPTIONS: JSON.stringify(reminders), APP_ENV: '', ...env,
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m) => resolve((m as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`instance ${index} exited (${code}) before it listened`)));
  });
  return { index, url: `http://127.0.0.1:${port}`, child };
}

/** A plan for the tests: `measures` measures owned by Ola, Kari coordinating, `reminders` wheel entries all due 1 Feb 09:00. */
export function writePlan(dir: string, o: { measures: number; reminders: number }): string {
  const ids = Array.from({ length: o.measures }, (_, i) => `M.${i + 1}`);
  const plan = {
    municipality: 'Flerinstans kommune',
    title: 'Handlingsplan mot vold i nære relasjoner',
    goals: [{ id: 'G1', title: 'Forebygge vold' }],
    measures: ids.map((id) => ({ id, goalId: 'G1', title: `Tiltak ${id}`, responsible: 'Leder', status: 'Ikke startet' })),
    owners: [{ role: 'Ledere', members: [{ aadObjectId: '00000000-0000-0000-0000-000000000021', name: 'Ola Hansen' }], measures: ids }],
    coordinators: [{ aadObjectId: '00000000-0000-0000-0000-000000000020', name: 'Kari Nordmann' }],
    contacts: [{ name: 'Politiet', phone: '02800', when: 'Råd' }],
    wheel: Array.from({ length: o.reminders }, (_, i) => ({
      id: `R${i + 1}`, title: `Påminnelse ${i + 1}`, todo: 'Gjør det som står i planen.', measures: [ids[0]], audience: 'alle', months: [2],
    })),
  };
  const file = path.join(dir, 'plan.yaml');
  fs.writeFileSync(file, stringify(plan));
  return file;
}
