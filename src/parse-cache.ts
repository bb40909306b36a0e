/**
 * yoga's parse cache, bounded by what it holds. yoga keeps every parsed document (and every parse
 * error) keyed by its text, 1,024 of them by default whatever their size; a parsed document keeps
 * its whole source text, so distinct 1 MB documents (a comment pads a document without adding a
 * token) held a gigabyte. Here both share one bound on the characters of the documents they hold.
 * yoga's validation cache is keyed by the parsed document itself (a WeakMap), so it lets go of a
 * document when this cache does.
 */
import type { DocumentNode } from 'graphql';
import { SizedLru, type SizeStats } from './lru.js';

/**
 * Documents the parse cache holds: yoga's own default.
 * @default 1_024
 */
export const PARSE_CACHE_MAX_DOCUMENTS = 1_024;
/**
 * Characters of the documents the parse cache holds, all together: a dashboard's operations are a
 * few kilobytes each, so a thousand of them fit.
 * @default 4_194_304 (4 Mi characters)
 */
export const PARSE_CACHE_MAX_CHARACTERS = 4 * 1024 * 1024;

/** The cache shape yoga's `parserAndValidationCache` option takes. */
interface YogaCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

type Parsed = { document: DocumentNode } | { error: unknown };

export class ParseCache {
  /** Documents and parse errors by document text: a text is one or the other. */
  private readonly parsed = new SizedLru<string, Parsed>(
    { maxEntries: PARSE_CACHE_MAX_DOCUMENTS, maxSize: PARSE_CACHE_MAX_CHARACTERS },
    (text) => text.length,
  );

  readonly documentCache: YogaCache<DocumentNode> = {
    get: (text) => {
      const parsed = this.parsed.get(text);
      return parsed && 'document' in parsed ? parsed.document : undefined;
    },
    set: (text, document) => void this.parsed.set(text, { document }),
  };

  readonly errorCache: YogaCache<unknown> = {
    get: (text) => {
      const parsed = this.parsed.get(text);
      return parsed && 'error' in parsed ? parsed.error : undefined;
    },
    set: (text, error) => void this.parsed.set(text, { error }),
  };

  /** Documents and parse errors held, and the characters of their texts. */
  stats(): SizeStats {
    return this.parsed.stats();
  }

  /** yoga's `parserAndValidationCache` option over this cache (validation stays yoga's). */
  yogaOption() {
    return { documentCache: this.documentCache, errorCache: this.errorCache, validationCache: true };
  }
}
