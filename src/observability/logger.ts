/**
 * Structured logs: one JSON object per line, with the request id that is also sent upstream.
 * Every record passes through redact() so a credential can never reach a log line, even if a
 * future caller passes one by mistake (header values, upstream echoes, error messages).
 */
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

const LEVEL_ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Field names whose values are secrets whatever they contain. */
const SECRET_FIELDS = /^(authorization|x-clickhouse-key|x-divio-token|cookie|password|token|secret|keysecret)$/i;
/** Auth schemes followed by a credential, and long opaque hex/base64 runs (token-shaped). */
const SECRET_TEXT = [/\b(Basic|Bearer|Token)\s+[A-Za-z0-9._~+/=-]{6,}/gi, /\b[A-Fa-f0-9]{32,}\b/g, /\b[A-Za-z0-9+/]{40,}={0,2}/g];
/**
 * Whether any of SECRET_TEXT can match: one scan instead of three replaces on every string of
 * every line. It over-approximates them (a secret-shaped run of 32+ characters, or an auth scheme
 * followed by whitespace), so text it lets through unchanged has nothing to redact.
 */
const MAYBE_SECRET = /\b(Basic|Bearer|Token)\s|[A-Za-z0-9+/]{32,}/i;

export function redactText(text: string): string {
  if (!MAYBE_SECRET.test(text)) return text;
  return SECRET_TEXT.reduce((result, pattern) => result.replace(pattern, '[redacted]'), text);
}

export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactText(value);
  if (value === null || typeof value !== 'object' || depth > 5) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  const redacted: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    redacted[key] = SECRET_FIELDS.test(key) ? '[redacted]' : redact((value as Record<string, unknown>)[key], depth + 1);
  }
  return redacted;
}

export type LogSink = (line: string) => void;

/**
 * A sink that writes the lines of one event-loop turn together: one write per turn rather than
 * one per line (a busy gateway logs a line per request). Lines still pending when the process
 * exits are written synchronously by the `exit` handler (stdout to a file, a pipe or a terminal
 * is written synchronously there), so a normal exit, process.exit() included, loses none.
 */
export function createBatchedSink(write: (chunk: string) => void): LogSink & { flush(): void } {
  let pending: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const lines = pending;
    pending = [];
    write(`${lines.join('\n')}\n`);
  };
  const sink = (line: string) => {
    pending.push(line);
    if (!scheduled) {
      scheduled = true;
      // unref: pending lines never keep the process alive (exit writes them anyway).
      setImmediate(flush).unref();
    }
  };
  return Object.assign(sink, { flush });
}

let stdoutSink: (LogSink & { flush(): void }) | undefined;

/** The process-wide stdout sink (one, so one exit handler however many loggers write to it). */
export function standardOutputSink(): LogSink {
  if (!stdoutSink) {
    const sink = createBatchedSink((chunk) => process.stdout.write(chunk));
    process.once('exit', () => sink.flush());
    stdoutSink = sink;
  }
  return stdoutSink;
}

export function createLogger(level: LogLevel, sink: LogSink = standardOutputSink()): Logger {
  const threshold = LEVEL_ORDER[level];
  const write = (recordLevel: Exclude<LogLevel, 'silent'>, record: LogRecord) => {
    if (LEVEL_ORDER[recordLevel] < threshold) return;
    sink(JSON.stringify({ time: new Date().toISOString(), level: recordLevel, ...(redact(record) as LogRecord) }));
  };
  return {
    debug: (record) => write('debug', record),
    info: (record) => write('info', record),
    warn: (record) => write('warn', record),
    error: (record) => write('error', record),
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
