// Azurite's Table service in a child process: in memory, on a free port, no telemetry, no
// Docker. Sends { port } to the parent, and exits when the parent goes away.
const path = require('node:path');
const os = require('node:os');
const TableServer = require('azurite/dist/src/table/TableServer').default;
const TableConfiguration = require('azurite/dist/src/table/TableConfiguration').default;

async function main() {
  const unusedDbPath = path.join(os.tmpdir(), 'azurite-in-memory-unused.json');
  // host, port (0: free), keep-alive s, db path, debug log, access log, stream, debug file,
  // loose, skipApiVersionCheck, cert, key, pwd, oauth, disableProductStyleUrl, inMemoryPersistence
  const config = new TableConfiguration('127.0.0.1', 0, 5, unusedDbPath, false, false, undefined, undefined, false, true, '', '', '', undefined, false, true);
  const server = new TableServer(config);
  await server.start();
  const port = Number(new URL(server.getHttpServerAddress()).port);
  process.send({ port });
  process.on('disconnect', () => server.close().finally(() => process.exit(0)));
}

main().catch((err) => {
  process.stderr.write(`azurite failed: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
