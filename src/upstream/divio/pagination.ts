/**
 * Walks a DRF page-number list to the end with as few sequential round trips as possible: the
 * first page tells the count and the page size the server actually honoured (DRF clamps
 * page_size silently), then every remaining page is fetched in parallel.
 */
import { NotFoundError, UpstreamProtocolError } from '../errors.js';
import type { PageDto } from './types.js';

/** The largest page_size Divio's lists accept; larger requests are clamped by the server anyway. */
export const DIVIO_MAX_PAGE_SIZE = 100;
/** A walk longer than this is refused rather than flooding the upstream (20,000 items at 100). */
export const MAX_PAGES_PER_LIST = 200;

export type FetchPage = (page: number, pageSize: number) => Promise<PageDto>;

export interface WalkResult {
  items: unknown[];
  count: number;
}

export interface WalkOptions {
  pageSize?: number;
  /**
   * When the list needs more pages than this, stop after the first page and return null, so the
   * caller can choose a cheaper way (e.g. per-parent lists instead of an organization-wide one).
   */
  maxPages?: number;
}

function identity(item: unknown): string | undefined {
  return item && typeof item === 'object' && 'uuid' in item && typeof item.uuid === 'string' ? item.uuid : undefined;
}

export async function walkPages(fetchPage: FetchPage, options: WalkOptions = {}): Promise<WalkResult | null> {
  const pageSize = options.pageSize ?? DIVIO_MAX_PAGE_SIZE;
  const first = await fetchPage(1, pageSize);
  if (first.results.length >= first.count || first.next === null) return { items: first.results, count: first.count };
  const honoured = first.results.length;
  if (honoured === 0) throw new UpstreamProtocolError('divio', 'an empty first page of a non-empty list');
  const pages = Math.ceil(first.count / honoured);
  if (options.maxPages !== undefined && pages > options.maxPages) return null;
  if (pages > MAX_PAGES_PER_LIST) {
    throw new UpstreamProtocolError('divio', `a list of ${first.count} items, more than this gateway walks in one request`);
  }
  const rest = await Promise.all(
    Array.from({ length: pages - 1 }, (_, index) =>
      // The list may shrink while we walk it: a vanished last page is the end, not an error.
      fetchPage(index + 2, honoured).catch((error: unknown) => {
        if (error instanceof NotFoundError) return { count: first.count, next: null, results: [] } satisfies PageDto;
        throw error;
      }),
    ),
  );
  // Items can shift between pages while we read them; keep the first sighting of each.
  const seen = new Set<string>();
  const items: unknown[] = [];
  for (const item of [first, ...rest].flatMap((page) => page.results)) {
    const id = identity(item);
    if (id !== undefined) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    items.push(item);
  }
  return { items, count: first.count };
}
