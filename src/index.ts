import { createRootLogger } from './common/logger';
import { ConfigError, describeConfig, loadConfig } from './config';
import { withEnvFiles } from './env-files';
import { startService } from './service';

/** Composition root: read config, start the service, stop it cleanly on a signal. */
async function main(): Promise<void> {
  // Local runs read env/.env.local; a deployment sets APP_ENV or passes its settings directly.
  const envName = process.env.APP_ENV ?? (process.env.NODE_ENV === 'production' ? undefined : 'local');
  const { env, read } = envName ? withEnvFiles(envName, process.env) : { env: process.env, read: [] as string[] };
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Kan ikke starte: ${err.message}\n`);
      process.exit(78);
    }
    throw err;
  }
  const log = createRootLogger(config.logLevel);
  log.info('configuration', { ...describeConfig(config), envFiles: read.join(', ') || '(none)' });
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
  process.stderr.write(`Oppstart feilet: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
