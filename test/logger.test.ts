/**
 * The log writer (pino): JSON lines with an ISO time, the level's name and msg; LOG_LEVEL's
 * filtering; a process that exits right after logging loses no line, and a quiet one's line is not
 * held back; no credential in any field pino redacts, nor in msg or an error's message.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createLogger, redactText, REDACTED_PATHS, yogaLogger, type LogLevel } from '../src/observability/logger.js';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

function capture(level: LogLevel = 'debug') {
  const lines: string[] = [];
  return { lines, logger: createLogger(level, (line) => lines.push(line)), parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('log lines', () => {
  it('are one JSON object each, with an ISO time, the level by name, msg and the fields given', () => {
    const { lines, logger, parsed } = capture();
    logger.info({ msg: 'request', requestId: 'req-1', operationName: 'Dashboard', durationMs: 12, upstreamCalls: 3, codes: ['UNAUTHENTICATED'] });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
    const [line] = parsed();
    expect(line).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      msg: 'request',
      requestId: 'req-1',
      operationName: 'Dashboard',
      durationMs: 12,
      upstreamCalls: 3,
      codes: ['UNAUTHENTICATED'],
    });
    expect(Date.parse(line!.time as string)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('go to a pino destination (an object with write) as well as to a function', () => {
    const chunks: string[] = [];
    createLogger('info', { write: (chunk: string) => void chunks.push(chunk) }).warn({ msg: 'to a destination' });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.endsWith('\n')).toBe(true);
    expect(JSON.parse(chunks[0]!)).toMatchObject({ level: 'warn', msg: 'to a destination' });
  });

  it('are written from LOG_LEVEL up, and not at all when silent', () => {
    const expected: Record<LogLevel, string[]> = {
      debug: ['debug', 'info', 'warn', 'error'],
      info: ['info', 'warn', 'error'],
      warn: ['warn', 'error'],
      error: ['error'],
      silent: [],
    };
    for (const [level, written] of Object.entries(expected) as [LogLevel, string[]][]) {
      const { logger, parsed } = capture(level);
      for (const each of LEVELS) logger[each]({ msg: each });
      expect(parsed().map((line) => [line.level, line.msg]), level).toEqual(written.map((each) => [each, each]));
    }
  });

  it('are all written when the process exits straight after logging them', () => {
    const script = `
      const { createLogger } = await import('./src/observability/logger.ts');
      const logger = createLogger('info');
      for (let n = 0; n < 2000; n += 1) logger.info({ msg: 'request', n });
      process.exit(0);
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { n: number; level: string });
    expect(lines.map((line) => line.n)).toEqual(Array.from({ length: 2000 }, (_, n) => n));
    expect(lines.every((line) => line.level === 'info')).toBe(true);
  });

  it('of a quiet process are written within the flush interval, not held until exit', async () => {
    const script = `
      const { createLogger } = await import('./src/observability/logger.ts');
      createLogger('info').info({ msg: 'alone' });
      setTimeout(() => process.stderr.write('done\\n'), 1500);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stdoutBeforeDone: string | undefined;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('done')) stdoutBeforeDone ??= stdout;
    });
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
    expect(JSON.parse(stdoutBeforeDone!)).toMatchObject({ level: 'info', msg: 'alone' });
  });

  it('carry no credential, whatever field or text it hides in', () => {
    const { lines, logger } = capture();
    const hex = 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8';
    const base64 = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xt';
    logger.error({ msg: `upstream said Bearer abcdef123456 and ${hex}`, headers: { authorization: 'x', 'X-Divio-Token': 'y' }, error: new Error(`key ${base64}==`) });
    const line = lines[0]!;
    for (const secret of ['abcdef123456', hex, base64, '"x"', '"y"']) expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({
      msg: 'upstream said [redacted] and [redacted]',
      headers: { authorization: '[redacted]', 'X-Divio-Token': '[redacted]' },
      error: { name: 'Error', message: 'key [redacted]' },
    });
  });

  it('carry every secret field as [redacted], at the top level, in headers and in error fields', () => {
    const fields = ['authorization', 'Authorization', 'x-clickhouse-key', 'X-ClickHouse-Key', 'x-divio-token', 'X-Divio-Token', 'cookie', 'Cookie', 'password', 'token', 'secret', 'keySecret'];
    const { lines, logger, parsed } = capture();
    for (const name of fields) {
      const value = (where: string) => `plain-${where}-${name}`;
      logger.info({
        msg: 'fields',
        [name]: value('top'),
        headers: { [name]: value('headers'), accept: 'application/json' },
        error: { [name]: value('error'), code: 'UPSTREAM' },
        err: { [name]: value('err'), headers: { [name]: value('err-headers') } },
      });
      const line = lines.at(-1)!;
      for (const where of ['top', 'headers', 'error', 'err', 'err-headers']) expect(line, `${name} in ${where}`).not.toContain(value(where));
      expect(parsed().at(-1)).toEqual({
        level: 'info',
        time: expect.any(String),
        msg: 'fields',
        [name]: '[redacted]',
        headers: { [name]: '[redacted]', accept: 'application/json' },
        error: { [name]: '[redacted]', code: 'UPSTREAM' },
        err: { [name]: '[redacted]', headers: { [name]: '[redacted]' } },
      });
    }
    for (const name of fields) expect(REDACTED_PATHS.some((path) => path === name || path === `["${name}"]`), name).toBe(true);
  });

  it('log an error (and yoga\'s) as its name and scrubbed message, and a string error scrubbed', () => {
    const { logger, parsed } = capture();
    class UpstreamError extends Error {
      override name = 'UpstreamError';
      secretField = 'not logged';
    }
    logger.error({ msg: 'failed', error: new UpstreamError('401 for Token abcdefgh1234'), err: 'Basic dXNlcjpwYXNzd29yZA==' });
    yogaLogger(logger).error('execution failed', new TypeError('echo Bearer zyxwvu987654'));
    expect(parsed()).toEqual([
      { level: 'error', time: expect.any(String), msg: 'failed', error: { name: 'UpstreamError', message: '401 for [redacted]' }, err: '[redacted]' },
      { level: 'error', time: expect.any(String), msg: 'execution failed', source: 'yoga', error: { name: 'TypeError', message: 'echo [redacted]' } },
    ]);
  });

  it('keep text with nothing secret-shaped unchanged (the pre-check skips only such text)', () => {
    for (const text of ['request', '/graphql', '3f0c2a64-8d1e-4c2b-9a1f-0e6d2b7c5a10', 'Token ok', 'a'.repeat(31)]) {
      expect(redactText(text)).toBe(text);
    }
    expect(redactText(`Token ${'z'.repeat(8)}`)).toBe('[redacted]');
    expect(redactText('b'.repeat(40))).toBe('[redacted]');
  });
});
