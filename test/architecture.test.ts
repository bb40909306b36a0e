/**
 * Layers point one way (CONVENTIONS.md habit 16): no import circle in src/, type imports
 * included, as `npx madge --circular --extensions ts src` sees them; and the composition root and
 * the per-request context never load the schema. Compose, don't fuse: no function runs past 80
 * lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import madge from 'madge';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));

describe('the import graph of src/', () => {
  it('has no circle', async () => {
    const graph = await madge(SRC, { fileExtensions: ['ts'] });
    expect(graph.circular()).toEqual([]);
  });

  it('keeps the composition root, credentials and the context out of the schema', async () => {
    const graph = await madge(SRC, { fileExtensions: ['ts'] });
    const tree = graph.obj();
    const reached = (start: string): Set<string> => {
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const next of tree[file] ?? []) visit(next);
      };
      visit(start);
      return seen;
    };
    for (const root of ['deps.ts', 'context.ts', 'request-credentials.ts', 'gateway-types.ts']) {
      const intoSchema = [...reached(root)].filter((file) => file.startsWith('schema/') || file === 'builder.ts');
      expect(intoSchema, root).toEqual([]);
    }
  });

  it('has no function longer than 80 lines', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const long: string[] = [];
    for (const file of files) {
      const source = ts.createSourceFile(file, readFileSync(join(SRC, file), 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node) => {
        if (ts.isFunctionLike(node) && 'body' in node && node.body) {
          const lines = source.getLineAndCharacterOfPosition(node.getEnd()).line - source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          if (lines > 80) long.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} (${lines} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });
});
