/**
 * List mechanics in DRF and django-filter's conventions: PageNumberPagination (absolute
 * next/previous links, "Invalid page.", clamped page_size) and query-string filters whose
 * invalid values fail with a 400 field map.
 */
import { notFound } from './http.js';
import type { Paging } from './router.js';
import { FieldErrors, MESSAGES, isIdForm, isOpaqueId } from './validation.js';

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

/** Django's QueryDict.get: the last value of a repeated parameter. */
const last = (query: URLSearchParams, name: string): string | undefined => query.getAll(name).at(-1);

/** DRF's `_positive_int(strict=True, cutoff=max)`: anything but a positive integer means "default". */
function pageSize(query: URLSearchParams, paging: Paging): number {
  const raw = last(query, PAGE_SIZE_PARAM);
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
  const raw = (last(query, PAGE_PARAM) ?? '1').trim();
  const number = raw === LAST_PAGE_WORD ? pages : /^[-+]?\d+$/.test(raw) ? Number.parseInt(raw, 10) : Number.NaN;
  if (!(number >= 1 && number <= pages)) throw notFound('Invalid page.');
  return {
    count: items.length,
    next: number < pages ? pageLink(requestUrl, number + 1) : null,
    previous: number > 1 ? pageLink(requestUrl, number === 2 ? null : number - 1) : null,
    results: items.slice((number - 1) * size, number * size),
  };
}

const BOOLEAN_VALUES: Record<string, boolean> = { true: true, false: false, '1': true, '0': false };

/**
 * Reads filters from the query string. An empty value means "no filter" (django-filter skips
 * it); invalid ones are collected and reported together by `check()`.
 */
export class Filters {
  private readonly errors = new FieldErrors();

  constructor(private readonly query: URLSearchParams) {}

  string(name: string): string | undefined {
    const value = last(this.query, name);
    return value === undefined || value === '' ? undefined : value;
  }

  /** An id filter of the hand-written groups: a UUID, or a base32 id (which matches none of theirs). */
  uuid(name: string): string | undefined {
    const value = this.string(name);
    if (value === undefined || isIdForm(value)) return value?.toLowerCase();
    this.errors.add(name, MESSAGES.djangoUuid(value));
    return undefined;
  }

  /** The non-empty values: every one of a repeated parameter when `many`, else Django's last one. */
  private values(name: string, many: boolean): string[] {
    const given = this.query.getAll(name).filter((value) => value !== '');
    return many ? given : given.slice(-1);
  }

  /** Lower-cased ids; the first one `valid` refuses is reported with `message`. */
  private idSet(name: string, values: string[], valid: (value: string) => boolean, message: (value: string) => string) {
    if (values.length === 0) return undefined;
    const invalid = values.find((value) => !valid(value));
    if (invalid !== undefined) this.errors.add(name, message(invalid));
    return new Set(values.map((value) => value.toLowerCase()));
  }

  /** A repeatable uuid filter (`?uuid=a&uuid=b` means either); undefined when not given. */
  uuids(name: string): Set<string> | undefined {
    return this.idSet(name, this.values(name, true), isIdForm, MESSAGES.djangoUuid);
  }

  /**
   * An opaque id filter of the described groups (one value, or any of repeated ones when `many`):
   * anything an id can be; an unknown id simply matches nothing.
   */
  ids(name: string, many: boolean): Set<string> | undefined {
    return this.idSet(name, this.values(name, many), isOpaqueId, MESSAGES.opaqueId);
  }

  /** Plain values (one, or any of repeated ones when `many`), compared exactly. */
  strings(name: string, many: boolean): Set<string> | undefined {
    const values = this.values(name, many);
    return values.length === 0 ? undefined : new Set(values);
  }

  /** django-filter's ChoiceFilter: one of `allowed`, else a 400 naming the value. */
  choices(name: string, allowed: readonly string[], many: boolean): Set<string> | undefined {
    const values = this.strings(name, many);
    const invalid = [...(values ?? [])].find((value) => !allowed.includes(value));
    if (invalid !== undefined) this.errors.add(name, MESSAGES.invalidChoice(invalid));
    return values;
  }

  /** django-filter's BooleanWidget: true/false/1/0 in any case; anything else is no filter. */
  boolean(name: string): boolean | undefined {
    const value = this.string(name);
    return value === undefined ? undefined : BOOLEAN_VALUES[value.toLowerCase()];
  }

  /** An OrderingFilter: comma-separated and/or repeated fields, each one of `allowed`. */
  ordering<T extends string>(name: string, allowed: readonly T[]): T[] {
    const fields = this.query.getAll(name).flatMap((value) => value.split(',')).filter((field) => field !== '');
    const invalid = fields.find((field) => !allowed.includes(field as T));
    if (invalid === undefined) return fields as T[];
    this.errors.add(name, MESSAGES.invalidChoice(invalid));
    return [];
  }

  /** Fails the request with every invalid filter at once. */
  check(): void {
    this.errors.throwIfAny();
  }
}
