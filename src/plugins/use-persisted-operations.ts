/**
 * Persisted operations for production frontends, by PERSISTED_OPERATIONS:
 * - `apq` (default): Apollo's automatic persisted queries. A client sends only the SHA-256 of its
 *   operation; an unknown hash answers PERSISTED_QUERY_NOT_FOUND and the client sends the text once
 *   with its hash, which is checked and remembered. Any other operation still runs.
 * - `only`: trusted documents. Only the operations of the manifest (PERSISTED_OPERATIONS_MANIFEST,
 *   `{ "<sha256>": "<document>" }`, as graphql-codegen's persisted documents write it) run, by hash;
 *   any other document is refused with PERSISTED_QUERY_ONLY.
 * - `off`: neither.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { ConfigError, type Config } from '../config.js';
import { SizedLru, type SizeStats } from '../lru.js';

/**
 * Documents remembered by `apq` per process; the least recently used go first.
 * @default 1_000
 */
export const APQ_MAX_DOCUMENTS = 1_000;
/**
 * Characters of the documents `apq` remembers, all together: a frontend's operations are a few
 * kilobytes each, so a thousand of them fit; a thousand distinct 1 MB documents sent by anyone
 * would otherwise be held for good (an unknown hash is remembered without any credential).
 * @default 4_194_304 (4 Mi characters)
 */
export const APQ_MAX_CHARACTERS = 4 * 1024 * 1024;
const SHA256_HEX = /^[0-9a-f]{64}$/;

type PersistedQueryExtension = { version?: unknown; sha256Hash?: unknown };

function requestedHash(extensions: unknown): string | null {
  const persisted = (extensions as { persistedQuery?: PersistedQueryExtension } | undefined)?.persistedQuery;
  return persisted && persisted.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function persistedError(message: string, code: string) {
  // 200 with the error in the body is what Apollo Client's link expects for a hash it must resend.
  return createGraphQLError(message, { extensions: { code, http: { status: 200 } } });
}

/** Apollo's automatic persisted queries: documents remembered in an in-process LRU store. */
export class AutomaticPersistedQueries {
  private readonly documents: SizedLru<string, string>;

  constructor(bounds = { maxEntries: APQ_MAX_DOCUMENTS, maxSize: APQ_MAX_CHARACTERS }) {
    this.documents = new SizedLru(bounds, (hash, query) => hash.length + query.length);
  }

  /** Documents remembered, and their characters (hashes included). */
  stats(): SizeStats {
    return this.documents.stats();
  }

  /** The document to run for these params (the given or the remembered text); throws a coded error. */
  queryFor(params: { query?: string | null; extensions?: unknown }): string | undefined {
    const hash = requestedHash(params.extensions);
    if (hash === null) return params.query ?? undefined;
    if (!SHA256_HEX.test(hash)) throw persistedError('persistedQuery.sha256Hash must be 64 hexadecimal digits', 'BAD_USER_INPUT');
    if (params.query) {
      if (sha256(params.query) !== hash) throw persistedError('The query does not match its sha256Hash', 'PERSISTED_QUERY_HASH_MISMATCH');
      this.documents.set(hash, params.query);
      return params.query;
    }
    const query = this.documents.get(hash);
    // Found: get() made it the most recently used.
    if (query === undefined) throw persistedError('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND');
    return query;
  }
}

function useAutomaticPersistedQueries(store: AutomaticPersistedQueries): Plugin {
  return {
    onParams({ params, setParams }) {
      const query = store.queryFor(params);
      if (query !== undefined && query !== params.query) setParams({ ...params, query });
    },
  };
}

/** Reads a trusted-documents manifest: an object of SHA-256 hash -> GraphQL document. */
export function readManifest(path: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST ${path} cannot be read as JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST ${path} must hold an object of sha256 hash -> document`);
  }
  const manifest = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (!SHA256_HEX.test(hash) || typeof document !== 'string') {
      throw new ConfigError(`PERSISTED_OPERATIONS_MANIFEST ${path}: "${hash}" is not a sha256 hash with a document`);
    }
    manifest.set(hash, document);
  }
  return manifest;
}

/**
 * What the gateway does with persisted operations: yoga plugins for HTTP and SSE, and the same rule
 * for graphql-ws payloads (which do not pass through yoga's params hooks), over one shared store.
 */
export interface PersistedOperations {
  plugins: Plugin[];
  /** The document a graphql-ws subscribe payload runs; throws the same coded errors as HTTP. */
  queryFor(payload: { query?: string | null; extensions?: unknown }): string | undefined;
  /** Documents held, and their characters: what `apq` remembered, or the manifest of `only`. */
  stats(): SizeStats;
}

const NONE: SizeStats = { entries: 0, size: 0 };

export function createPersistedOperations(config: Pick<Config, 'persistedOperations'>): PersistedOperations {
  const setting = config.persistedOperations;
  if (setting.mode !== 'only') {
    if (setting.mode === 'off') return { plugins: [], queryFor: (payload) => payload.query ?? undefined, stats: () => NONE };
    const store = new AutomaticPersistedQueries();
    return { plugins: [useAutomaticPersistedQueries(store)], queryFor: (payload) => store.queryFor(payload), stats: () => store.stats() };
  }
  const manifest = readManifest(setting.manifest);
  // The operator's manifest, read once: it never grows.
  let manifestCharacters = 0;
  for (const [hash, document] of manifest) manifestCharacters += hash.length + document.length;
  const errors = {
    notFound: { message: 'This operation is not in the trusted documents of this gateway', extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 400 } } },
    persistedQueryOnly: { message: 'Only trusted documents run here: send extensions.persistedQuery.sha256Hash', extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } } },
    keyNotFound: { message: 'Send the operation as extensions.persistedQuery.sha256Hash', extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } } },
  };
  return {
    plugins: [usePersistedOperations({ getPersistedOperation: (hash) => manifest.get(hash) ?? null, allowArbitraryOperations: false, customErrors: errors })],
    queryFor: (payload) => {
      const hash = requestedHash(payload.extensions);
      if (hash === null) throw createGraphQLError(errors.persistedQueryOnly.message, { extensions: errors.persistedQueryOnly.extensions });
      const query = manifest.get(hash);
      if (query === undefined) throw createGraphQLError(errors.notFound.message, { extensions: errors.notFound.extensions });
      return query;
    },
    stats: () => ({ entries: manifest.size, size: manifestCharacters }),
  };
}
