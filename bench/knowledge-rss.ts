/**
 * Prints the RSS (MB) of a fresh process after it has loaded and indexed one folder once: what
 * the bot holds in memory for its knowledge. Run by bench/knowledge.ts in a child process, so the
 * repeated builds and the comparison engines of the benchmark do not count.
 */
import { KnowledgeBase } from '../src/knowledge';

KnowledgeBase.fromDirectory(process.argv[2] ?? '').then(({ kb }) => {
  process.stdout.write(JSON.stringify({ rssMb: process.memoryUsage().rss / 2 ** 20, chunks: kb.size.chunks }) + '\n');
});
