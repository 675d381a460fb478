import type { ILogger, ILoggerOptions, LogLevel } from '@microsoft/teams.common';
import { maskDeep, maskPersonalData } from './mask';

const LEVELS: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3, trace: 4 };

/** Where log lines go; tests pass an array-backed sink to read what was logged. */
export type LogSink = (line: string) => void;

const stderrSink: LogSink = (line) => process.stderr.write(line + '\n');

export function parseLogLevel(value: string | undefined): LogLevel | undefined {
  if (value === undefined || value === '') return undefined;
  const v = value.toLowerCase();
  return v in LEVELS ? (v as LogLevel) : undefined;
}

/**
 * A namespaced logger, `log.child('bot')`, that also serves as the Teams SDK's logger.
 *
 * Every line is masked for fødselsnummer and phone numbers before it is written, so a mistake
 * elsewhere cannot leak them. Callers still must not pass message text at info level or above.
 */
export class Logger implements ILogger {
  readonly loggerOptions: ILoggerOptions;

  constructor(
    private readonly name: string,
    level: LogLevel = 'info',
    private readonly sink: LogSink = stderrSink,
  ) {
    this.loggerOptions = { level };
  }

  child(name: string, overrides?: ILoggerOptions): Logger {
    return new Logger(`${this.name}.${name}`, overrides?.level ?? this.level, this.sink);
  }

  get level(): LogLevel {
    return this.loggerOptions.level ?? 'info';
  }

  error(...msg: unknown[]): void {
    this.log('error', ...msg);
  }
  warn(...msg: unknown[]): void {
    this.log('warn', ...msg);
  }
  info(...msg: unknown[]): void {
    this.log('info', ...msg);
  }
  debug(...msg: unknown[]): void {
    this.log('debug', ...msg);
  }
  trace(...msg: unknown[]): void {
    this.log('trace', ...msg);
  }

  log(level: LogLevel, ...msg: unknown[]): void {
    if (LEVELS[level] > LEVELS[this.level]) return;
    const parts = msg.map((m) => (typeof m === 'string' ? maskPersonalData(m) : safeJson(maskDeep(m))));
    this.sink(`${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} ${this.name}: ${oneLine(parts.join(' '))}`);
  }
}

/**
 * Line breaks and other control characters (C0 but tab, DEL, C1, U+2028/2029), which a log
 * reader may take as the end of a record or a terminal as a command.
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * One record, one line: values from requests (an activity id, a tenant id, a question at debug
 * level) reach log lines, and a CR/LF in one must not forge a record of its own. Control
 * characters are written as JSON escapes (`\n`, `\u001b`), so the value stays readable.
 */
export function oneLine(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '[unserialisable]';
  }
}

/** The process-wide root logger; the composition root sets its level from config. */
export function createRootLogger(level: LogLevel | undefined, sink?: LogSink): Logger {
  return new Logger('vinr', level ?? 'info', sink);
}
