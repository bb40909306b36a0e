/**
 * Structured logs through pino: one JSON object per line (`time` ISO, `level` as its name, `msg`),
 * with the request id that is also sent upstream. Credentials are kept out by pino's redaction
 * (the secret field names, at the top level and in headers and error objects) and by the serializers of
 * the two free-text places an upstream echo or a credential-shaped string can reach: `msg` and the
 * `error`/`err` field (an Error is logged as its name and message, both scrubbed by redactText).
 */
import pino, { type DestinationStream } from 'pino';

/** LOG_LEVEL's values, least to most severe; `silent` writes nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface LogRecord {
  msg: string;
  [field: string]: unknown;
}

export interface Logger {
  debug(record: LogRecord): void;
  info(record: LogRecord): void;
  warn(record: LogRecord): void;
  error(record: LogRecord): void;
}

/** Where lines go: a function given each line (without its newline), or a pino destination. */
export type LogSink = ((line: string) => void) | DestinationStream;

/** Field names whose values are secrets whatever they contain (headers in node's and in title case). */
const SECRET_FIELDS = [
  'authorization', 'Authorization', 'x-clickhouse-key', 'X-ClickHouse-Key', 'X-Clickhouse-Key', 'x-divio-token', 'X-Divio-Token',
  'cookie', 'Cookie', 'password', 'token', 'secret', 'keySecret', 'keysecret',
];
/**
 * The objects a line carries secret fields in: headers, and an error's fields (`error`/`err` that
 * is not an Error, whose serializer keeps only name and message). Named, not `*.field`: pino's
 * wildcard redaction costs about 60 µs a line (measured), ten times the whole line without it.
 */
const SECRET_PARENTS = ['headers', 'error', 'err', 'error.headers', 'err.headers'];
const property = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `["${name}"]`);
/** Each secret field at the top level and in each of SECRET_PARENTS. */
export const REDACTED_PATHS = SECRET_FIELDS.flatMap((name) => [property(name).replace(/^\./, ''), ...SECRET_PARENTS.map((parent) => parent + property(name))]);

/** Auth schemes followed by a credential, and long opaque hex/base64 runs (token-shaped). */
const SECRET_TEXT = [/\b(Basic|Bearer|Token)\s+[A-Za-z0-9._~+/=-]{6,}/gi, /\b[A-Fa-f0-9]{32,}\b/g, /\b[A-Za-z0-9+/]{40,}={0,2}/g];
/**
 * Whether any of SECRET_TEXT can match: one scan instead of three replaces. It over-approximates
 * them (a secret-shaped run of 32+ characters, or an auth scheme followed by whitespace), so text
 * it lets through unchanged has nothing to redact.
 */
const MAYBE_SECRET = /\b(Basic|Bearer|Token)\s|[A-Za-z0-9+/]{32,}/i;

export function redactText(text: string): string {
  if (!MAYBE_SECRET.test(text)) return text;
  return SECRET_TEXT.reduce((result, pattern) => result.replace(pattern, '[redacted]'), text);
}

/** `error`/`err`: an Error as its name and scrubbed message, a string scrubbed, anything else as is (then redacted by path). */
function errorSerializer(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  return typeof value === 'string' ? redactText(value) : value;
}

const messageSerializer = (value: unknown): unknown => (typeof value === 'string' ? redactText(value) : value);

let stdout: DestinationStream | undefined;

/**
 * The process-wide stdout destination (one, so one exit handler however many loggers write to it).
 * SonicBoom writing synchronously once 4 KiB are pending, and every 100 ms whatever is (a quiet
 * gateway's lines wait no longer): tens of lines a write when busy, never one written out of order.
 * What is pending at exit is written by the exit handler, so a normal exit, process.exit()
 * included, loses no line. (sync: false would leave a write in flight at exit, which flushSync
 * neither waits for nor repeats: the last lines could come out of order, or not at all.)
 */
function standardOutput(): DestinationStream {
  if (!stdout) {
    const destination = pino.destination({ dest: 1, sync: true, minLength: 4096, periodicFlush: 100 });
    process.once('exit', () => {
      try {
        destination.flushSync();
      } catch {
        // stdout is gone (closed, broken pipe): nothing left to write to.
      }
    });
    stdout = destination;
  }
  return stdout;
}

function destinationOf(sink: LogSink): DestinationStream {
  if (typeof sink !== 'function') return sink;
  return { write: (line: string) => sink(line.endsWith('\n') ? line.slice(0, -1) : line) };
}

export function createLogger(level: LogLevel, sink: LogSink = standardOutput()): Logger {
  const logger = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { msg: messageSerializer, error: errorSerializer, err: errorSerializer },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    },
    destinationOf(sink),
  );
  return {
    debug: (record) => logger.debug(record),
    info: (record) => logger.info(record),
    warn: (record) => logger.warn(record),
    error: (record) => logger.error(record),
  };
}

/** Adapts our logger to yoga's `logging` option (variadic console-style calls). */
export function yogaLogger(logger: Logger): Record<'debug' | 'info' | 'warn' | 'error', (...args: unknown[]) => void> {
  const adapt =
    (write: (record: LogRecord) => void) =>
    (...args: unknown[]) => {
      const errors = args.filter((arg): arg is Error => arg instanceof Error);
      const text = args
        .filter((arg) => !(arg instanceof Error))
        .map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg)))
        .join(' ');
      write({ msg: text || errors[0]?.message || 'yoga', source: 'yoga', ...(errors.length ? { error: errors[0] } : {}) });
    };
  return { debug: adapt(logger.debug), info: adapt(logger.info), warn: adapt(logger.warn), error: adapt(logger.error) };
}
