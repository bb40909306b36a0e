/**
 * The README's examples paste as they are: every ```graphql block holds exactly one named
 * operation, its variables are the ```json block right after it, and each runs against the
 * simulators without an error (queries and mutations over HTTP in README order, subscriptions
 * over SSE until their first event).
 */
import { readFileSync } from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

interface Example {
  line: number;
  document: string;
  variables: Record<string, unknown>;
}

function readmeExamples(): Example[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((match) => ({
    language: match[1]!,
    body: match[2]!,
    line: readme.slice(0, match.index).split('\n').length,
    end: match.index! + match[0].length,
    start: match.index!,
  }));
  return blocks.flatMap((block, index) => {
    if (block.language !== 'graphql') return [];
    const next = blocks[index + 1];
    const followedByVariables = next?.language === 'json' && readme.slice(block.end, next.start).trim() === '';
    const variables = followedByVariables ? (JSON.parse(next.body) as Record<string, unknown>) : {};
    return [{ line: block.line, document: block.body, variables }];
  });
}

const examples = readmeExamples();

function operationOf(example: Example): OperationDefinitionNode {
  const definitions = parse(example.document).definitions;
  expect(definitions, `README line ${example.line}: one definition per block`).toHaveLength(1);
  const [definition] = definitions;
  expect(definition!.kind).toBe(Kind.OPERATION_DEFINITION);
  const operation = definition as OperationDefinitionNode;
  expect(operation.name?.value, `README line ${example.line}: the operation has a name`).toBeTruthy();
  return operation;
}

/** The first event of a subscription over SSE. */
async function firstEvent(url: string, example: Example): Promise<{ data?: unknown; errors?: unknown }> {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: example.document, variables: example.variables }),
    signal: controller.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended before its first event');
      buffer += value;
      const data = /^data: (.*)$/m.exec(buffer)?.[1];
      if (data) return JSON.parse(data) as { data?: unknown; errors?: unknown };
    }
  } finally {
    controller.abort();
  }
}

describe('README examples', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ gatewayRateLimit: '0' });
  });
  afterAll(() => stack.close());

  it('the README has examples of queries, mutations and subscriptions', () => {
    const kinds = new Set(examples.map((example) => operationOf(example).operation));
    expect(kinds).toEqual(new Set(['query', 'mutation', 'subscription']));
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  for (const example of examples) {
    it(`README line ${example.line} runs as it is`, async () => {
      const operation = operationOf(example);
      const declared = (operation.variableDefinitions ?? []).map((definition) => definition.variable.name.value);
      expect(Object.keys(example.variables).sort(), 'the variables block gives every variable').toEqual(declared.sort());
      if (operation.operation === 'subscription') {
        const event = await firstEvent(stack.url, example);
        expect(event.errors).toBeUndefined();
        expect(Object.values(event.data as object)[0]).toBeTruthy();
        return;
      }
      const response = await fetch(stack.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.document, variables: example.variables }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
      expect(body.errors).toBeUndefined();
      for (const value of Object.values(body.data ?? {})) {
        expect(value).not.toBeNull();
        // Mutations answer with their payload, not a typed error.
        const typename = (value as { __typename?: string }).__typename;
        if (operation.operation === 'mutation') expect(typename).toMatch(/Payload$/);
      }
    });
  }
});
