/**
 * Page-number pagination as DRF's PageNumberPagination does it: `page` and `page_size` in the
 * query, absolute next/previous links that keep the other parameters, "Invalid page." past either
 * end, and a page size clamped to the simulator's maximum.
 */
import { notFound } from './error.js';
import { lastValue } from './query.js';

export interface Paging {
  maxPageSize: number;
  defaultPageSize: number;
}

export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

const PAGE_PARAM = 'page';
const PAGE_SIZE_PARAM = 'page_size';
/** Django's Paginator accepts this word for the last page. */
const LAST_PAGE_WORD = 'last';

/** DRF's `_positive_int(strict=True, cutoff=max)`: anything but a positive integer means "default". */
function pageSize(query: URLSearchParams, paging: Paging): number {
  const raw = lastValue(query, PAGE_SIZE_PARAM);
  if (raw === undefined || !/^\s*\+?\d+\s*$/.test(raw)) return paging.defaultPageSize;
  const size = Number.parseInt(raw, 10);
  return size === 0 ? paging.defaultPageSize : Math.min(size, paging.maxPageSize);
}

/** DRF's replace_query_param / remove_query_param: keys sorted, other parameters kept. */
function pageLink(url: URL, page: number | null): string {
  const entries = [...url.searchParams.entries()].filter(([key]) => key !== PAGE_PARAM);
  if (page !== null) entries.push([PAGE_PARAM, String(page)]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const search = new URLSearchParams(entries).toString();
  return `${url.origin}${url.pathname}${search === '' ? '' : `?${search}`}`;
}

export function paginate<T>(items: readonly T[], query: URLSearchParams, requestUrl: URL, paging: Paging): Page<T> {
  const size = pageSize(query, paging);
  // An empty list still has one (empty) page, as Django's allow_empty_first_page says.
  const pages = Math.max(1, Math.ceil(items.length / size));
  const raw = (lastValue(query, PAGE_PARAM) ?? '1').trim();
  const number = raw === LAST_PAGE_WORD ? pages : /^[-+]?\d+$/.test(raw) ? Number.parseInt(raw, 10) : Number.NaN;
  if (!(number >= 1 && number <= pages)) throw notFound('Invalid page.');
  return {
    count: items.length,
    next: number < pages ? pageLink(requestUrl, number + 1) : null,
    previous: number > 1 ? pageLink(requestUrl, number === 2 ? null : number - 1) : null,
    results: items.slice((number - 1) * size, number * size),
  };
}
