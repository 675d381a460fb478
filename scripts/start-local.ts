/**
 * `npm start`: the bot and the Microsoft 365 Agents Playground together, for local use.
 * Prints the URL to open and stops both on Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { withEnvFiles } from '../src/env-files';
import { ensureTabBuilt } from './build-tab';
import { waitForHttp } from './wait-for-http';

const root = path.resolve(__dirname, '..');
const { env } = withEnvFiles('local', process.env, root);
const port = env.PORT ?? '3978';
const playgroundPort = env.PLAYGROUND_PORT ?? '56150';
const children: ChildProcess[] = [];

function run(name: string, command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = spawn(command, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`${name} stoppet (${signal ?? code}). Stopper alt.\n`);
      void stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
async function stop(code = 0): Promise<void> {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

async function main(): Promise<void> {
  // The tab's client, when its sources changed since the last build (npm install builds it too).
  ensureTabBuilt();
  run('Boten', process.execPath, [require.resolve('tsx/cli'), 'src/index.ts'], { APP_ENV: 'local' });
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, 30_000);
  run('Playground', process.execPath, [
    require.resolve('@microsoft/m365agentsplayground/cli.js'),
    '--app-endpoint', `http://127.0.0.1:${port}/api/messages`,
    '--channel-id', 'msteams',
    '--port', playgroundPort,
    '--disable-telemetry',
  ], { TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_LOGFILE: path.join(root, 'data', 'runtime', 'playground.log') });
  process.stdout.write(`\nÅpne http://localhost:${playgroundPort} i nettleseren. Stopp med Ctrl-C.\n`);
  process.stdout.write(`Fanen Handlingsplan: http://127.0.0.1:${port}/tab\n\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  void stop(1);
});
