import { createRootLogger } from './common/logger';
import { ConfigError, describeConfig, isProduction, loadConfig } from './config';
import { prepareDataDir } from './data-dir';
import { withEnvFiles } from './env-files';

/** Composition root: read config, start the service, stop it cleanly on a signal. */
async function main(): Promise<void> {
  // Local runs read env/.env.local; a deployment sets APP_ENV or passes its settings directly.
  const envName = process.env.APP_ENV ?? (isProduction(process.env) ? undefined : 'local');
  const { env, read } = envName ? withEnvFiles(envName, process.env) : { env: process.env, read: [] as string[] };
  const config = loadConfig(env);
  prepareDataDir(config.dataDir);
  const log = createRootLogger(config.logLevel);
  log.info('configuration', { ...describeConfig(config), envFiles: read.join(', ') || '(none)' });
  // Loaded only now: a setting that cannot work is reported before the service's many modules
  // (the Teams SDK, restify, Azure, pdf.js) take their seconds to load.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startService } = require('./service') as typeof import('./service');
  const service = await startService(config, log);
  const how = config.mode === 'local' ? 'local mode, no credentials, unauthenticated requests accepted' : 'tenant mode, JWT-validated';
  log.info(`listening on http://${config.host}:${service.port}/api/messages (${how})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: finishing in-flight turns and stopping`);
    await service.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  // A setting that cannot work (found while parsing, or when the service first uses it) exits
  // with EX_CONFIG and says what to fix; anything else is a failure of the start itself.
  if (err instanceof ConfigError) {
    process.stderr.write(`Kan ikke starte: ${err.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`Oppstart feilet: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
