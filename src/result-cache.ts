/**
 * Reuse of whole query results on the warm path. A dashboard reload asks the same query with the
 * same credentials, and everything it reads is already in the upstream cache; executing it again
 * would only rebuild the same result. A result is reused while every cached upstream answer it was
 * built from is still the one stored: a write that invalidated one, a load that replaced one, or
 * the TTL of one ends the reuse, so a reused result is exactly what executing again would give.
 *
 * Only results of query operations without errors, built from in-process cache hits alone, are
 * kept; they are keyed by both credentials' fingerprints, so one credential's result is never
 * another's. With REDIS_URL the entries checked are the near cache's (redis/cache.ts), which every
 * replica's writes reach before they return, so the check holds across replicas.
 */
import type { ExecutionResult } from 'graphql';
import { deepFreeze, freezeWithOwnJson } from './frozen.js';
import { SizedLru, type SizeBounds, type SizeStats } from './lru.js';
import type { CacheDependency, ReadLog } from './upstream/cache.js';

interface KeptResult {
  result: ExecutionResult;
  dependencies: readonly CacheDependency[];
  /** Characters of its JSON: what it weighs in the bound (the object it was built from weighs more). */
  characters: number;
}

/**
 * Characters all kept results may hold together: each one's key (the document, the variables)
 * plus its JSON. A dashboard's result is tens of kilobytes, so RESULT_CACHE_ENTRIES of them fit;
 * distinct 1 MB documents answered from the cache would otherwise each stay for good.
 * @default 16_777_216 (16 Mi characters)
 */
export const KEPT_RESULTS_MAX_CHARACTERS = 16 * 1024 * 1024;

/**
 * Bytes all kept HTTP answers (kept-answers.ts) may hold together: each one's key (at most
 * MAX_KEPT_BODY_BYTES of request body) plus the answer's headers and body.
 * @default 16_777_216 (16 MiB)
 */
export const KEPT_ANSWERS_MAX_BYTES = 16 * 1024 * 1024;

export interface ResultCacheStats {
  /** Requests answered with a kept result. */
  reused: number;
  /** Results kept. */
  size: number;
  /** Kept results and the characters they weigh (keys and JSON). */
  results: SizeStats;
  /** Kept HTTP answers and the bytes they weigh (keys, headers and bodies). */
  answers: SizeStats;
}

/** Bounds of a ResultCache: entries (RESULT_CACHE_ENTRIES) and weight, of results and of answers. */
export interface ResultCacheBounds {
  maxEntries: number;
  maxResultCharacters?: number;
  maxAnswerBytes?: number;
}

type StoredAnswer = KeptAnswer & { kept: KeptResult };

function answerBytes(key: string, answer: StoredAnswer): number {
  let bytes = key.length + answer.body.length;
  for (const [name, value] of Object.entries(answer.headers)) bytes += name.length + value.length;
  return bytes;
}

/** A whole HTTP answer yoga gave from a kept result, replayed for the same request bytes. */
export interface KeptAnswer {
  status: number;
  /** Every header of yoga's answer but x-request-id (per request) and content-length. */
  headers: Readonly<Record<string, string>>;
  body: Buffer;
  /** The operation's name, for the log line of each repeat. */
  operationName?: string;
}

export class ResultCache {
  private readonly results: SizedLru<string, KeptResult>;
  private readonly answers: SizedLru<string, StoredAnswer>;
  /** Requests yoga answered with a kept result, so the HTTP layer can keep the answer. */
  private readonly answered = new WeakMap<Request, KeptResult>();
  private reused = 0;

  constructor({ maxEntries, maxResultCharacters = KEPT_RESULTS_MAX_CHARACTERS, maxAnswerBytes = KEPT_ANSWERS_MAX_BYTES }: ResultCacheBounds) {
    const bounds = (maxSize: number): SizeBounds => ({ maxEntries, maxSize });
    this.results = new SizedLru(bounds(maxResultCharacters), (key, kept) => key.length + kept.characters);
    this.answers = new SizedLru(bounds(maxAnswerBytes), answerBytes);
  }

  /** The kept result for `key`, if every answer it was built from is unchanged (one reuse). */
  reuse(key: string): KeptResult | undefined {
    const kept = this.results.get(key);
    if (!kept) return undefined;
    if (!this.stillCurrent(kept)) {
      this.results.delete(key);
      return undefined;
    }
    this.countReuse(kept);
    return kept;
  }

  /** Keeps `result` if it was built from cache hits alone. */
  set(key: string, result: ExecutionResult, reads: ReadLog): void {
    if (!reads.onlyHits || reads.dependencies.length === 0) return;
    // One object answers many requests: frozen, and serialised once when it has no extensions.
    const json = result.extensions === undefined ? freezeWithOwnJson(result) : JSON.stringify(deepFreeze(result));
    this.results.set(key, { result, dependencies: [...reads.dependencies], characters: json.length });
  }

  /** yoga answered `request` with `kept`. */
  noteAnswer(request: Request, kept: KeptResult): void {
    this.answered.set(request, kept);
  }

  /** Whether yoga answered `request` with a kept result (its `cost` extension says so). */
  answeredFromKept(request: Request): boolean {
    return this.answered.has(request);
  }

  /** Keeps the HTTP answer to `request` under `key` if yoga gave it from a kept result. */
  keepAnswer(key: string, request: Request, answer: KeptAnswer): void {
    const kept = this.answered.get(request);
    if (kept) this.answers.set(key, { ...answer, kept });
  }

  /** The kept HTTP answer for `key`, while its result is current (one reuse). */
  answer(key: string): KeptAnswer | undefined {
    const answer = this.answers.get(key);
    if (!answer) return undefined;
    if (!this.stillCurrent(answer.kept)) {
      this.answers.delete(key);
      return undefined;
    }
    this.countReuse(answer.kept);
    return answer;
  }

  stats(): ResultCacheStats {
    const results = this.results.stats();
    return { reused: this.reused, size: results.entries, results, answers: this.answers.stats() };
  }

  private stillCurrent(kept: KeptResult): boolean {
    return kept.dependencies.every(({ cache, id, entry }) => cache.stillCurrent(id, entry));
  }

  private countReuse(kept: KeptResult): void {
    // Executing again would have read each of these from the cache: count them as its hits.
    for (const { cache } of kept.dependencies) cache.countHits(1);
    this.reused += 1;
  }
}
