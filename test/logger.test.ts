/**
 * The log writer: lines of one event-loop turn leave in one write, a process that exits right
 * after logging loses no line, and redaction's quick pre-check lets no secret through.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createBatchedSink, createLogger, redactText } from '../src/observability/logger.js';

describe('log lines', () => {
  it('are written once per event-loop turn, in order', async () => {
    const writes: string[] = [];
    const sink = createBatchedSink((chunk) => writes.push(chunk));
    for (let line = 0; line < 50; line += 1) sink(`line ${line}`);
    expect(writes).toHaveLength(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toHaveLength(1);
    expect(writes[0]!.split('\n')).toEqual([...Array.from({ length: 50 }, (_, line) => `line ${line}`), '']);
    sink('next turn');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual([writes[0], 'next turn\n']);
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

  it('carry no credential, whatever field or text it hides in', () => {
    const lines: string[] = [];
    const logger = createLogger('debug', (line) => lines.push(line));
    const hex = 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8';
    const base64 = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xt';
    logger.error({ msg: `upstream said Bearer abcdef123456 and ${hex}`, headers: { authorization: 'x', 'X-Divio-Token': 'y' }, nested: [{ text: `key ${base64}==` }] });
    const line = lines[0]!;
    for (const secret of ['abcdef123456', hex, base64, '"x"', '"y"']) expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({ headers: { authorization: '[redacted]', 'X-Divio-Token': '[redacted]' } });
  });

  it('keep text with nothing secret-shaped unchanged (the pre-check skips only such text)', () => {
    for (const text of ['request', '/graphql', '3f0c2a64-8d1e-4c2b-9a1f-0e6d2b7c5a10', 'Token ok', 'a'.repeat(31)]) {
      expect(redactText(text)).toBe(text);
    }
    expect(redactText(`Token ${'z'.repeat(8)}`)).toBe('[redacted]');
    expect(redactText('b'.repeat(40))).toBe('[redacted]');
  });
});
