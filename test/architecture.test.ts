/**
 * Layers point one way (CONVENTIONS.md habit 16): no import circle in src/, type imports
 * included, as `npx madge --circular --extensions ts src` sees them; and the composition root and
 * the per-request context never load the schema.
 */
import { fileURLToPath } from 'node:url';
import madge from 'madge';
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
});
