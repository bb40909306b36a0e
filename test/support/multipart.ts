/**
 * The GraphQL multipart request spec from the client side: every File in the variables becomes a
 * part, `operations` holds the variables with nulls in their place and `map` says where each goes.
 * Sent as browsers send it (multipart/form-data), with the CSRF header such a body needs.
 */
import type { ExecutionResult } from 'graphql';

function collectFiles(value: unknown, path: string, found: Map<File, string[]>): unknown {
  if (value instanceof File) {
    found.set(value, [...(found.get(value) ?? []), path]);
    return null;
  }
  if (Array.isArray(value)) return value.map((item, index) => collectFiles(item, `${path}.${index}`, found));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, collectFiles(item, `${path}.${key}`, found)]));
  }
  return value;
}

export function hasFiles(value: unknown): boolean {
  const found = new Map<File, string[]>();
  collectFiles(value, 'variables', found);
  return found.size > 0;
}

export function multipartBody(query: string, variables: Record<string, unknown>): FormData {
  const found = new Map<File, string[]>();
  const withNulls = collectFiles(variables, 'variables', found);
  const form = new FormData();
  form.set('operations', JSON.stringify({ query, variables: withNulls }));
  const files = [...found];
  form.set('map', JSON.stringify(Object.fromEntries(files.map(([, paths], index) => [String(index), paths]))));
  files.forEach(([file], index) => form.set(String(index), file, file.name));
  return form;
}

export async function executeMultipart<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<ExecutionResult<T> & { status: number }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'x-graphql-yoga-csrf': 'test', accept: 'application/graphql-response+json', ...headers },
    body: multipartBody(query, variables),
  });
  const text = await response.text();
  return { ...(JSON.parse(text) as ExecutionResult<T>), status: response.status };
}
