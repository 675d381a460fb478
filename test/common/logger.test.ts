import assert from 'node:assert/strict';
import { Logger, parseLogLevel } from '../../src/common/logger';

function capture(level: Parameters<typeof parseLogLevel>[0] = 'info') {
  const lines: string[] = [];
  const log = new Logger('vinr', parseLogLevel(level) ?? 'info', (l) => lines.push(l));
  return { log, lines };
}

describe('Logger', () => {
  it('names child loggers by their namespace', () => {
    const { log, lines } = capture();
    log.child('bot').child('install').info('installed');
    assert.match(lines[0] ?? '', /INFO  vinr\.bot\.install: installed$/);
  });

  it('drops messages below the configured level', () => {
    const { log, lines } = capture('warn');
    log.info('not shown');
    log.debug('not shown');
    log.warn('shown');
    assert.equal(lines.length, 1);
  });

  it('masks fødselsnummer and phone numbers in strings and objects', () => {
    const { log, lines } = capture('debug');
    log.warn('fnr 01019010046', { phone: '478 09 050' });
    assert.doesNotMatch(lines[0] ?? '', /01019010046|478 09 050/);
    assert.match(lines[0] ?? '', /\[fødselsnummer fjernet\].*\[telefonnummer fjernet\]/);
  });

  it('writes one line per record: line breaks and control characters in a value are escaped', () => {
    const { log, lines } = capture('debug');
    log.warn('tenant a\r\nFORGED', 'b\u2028c\u0085d\u001b[31m\te');
    log.info({ id: 'x\u2029y' });
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /tenant a\\r\\nFORGED b\\u2028c\\u0085d\\u001b\[31m\te$/);
    assert.match(lines[1]!, /\{"id":"x\\u2029y"\}$/);
    assert.ok(lines.every((l) => !/[\r\n\u2028\u2029\u0085\u001b]/.test(l)));
  });

  it('reads LOG_LEVEL case-insensitively and leaves unknown values unset', () => {
    assert.equal(parseLogLevel('DEBUG'), 'debug');
    assert.equal(parseLogLevel('verbose'), undefined);
    assert.equal(parseLogLevel(undefined), undefined);
  });
});
