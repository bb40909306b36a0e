/**
 * Query-string filters in django-filter's conventions: an empty value means "no filter", invalid
 * values are collected and fail together with a 400 field map, and OrderingFilter's `o` takes
 * comma-separated and/or repeated fields.
 */
import { lastValue, nonEmptyValues } from '../core/query.js';
import { FieldErrors, MESSAGES, isIdForm } from './validation.js';

const BOOLEAN_VALUES: Record<string, boolean> = { true: true, false: false, '1': true, '0': false };

export class Filters {
  private readonly errors = new FieldErrors();

  constructor(private readonly query: URLSearchParams) {}

  /** Lower-cased ids, one or (when `many`) any of repeated ones; the first malformed one is reported. */
  ids(name: string, many: boolean): Set<string> | undefined {
    const values = nonEmptyValues(this.query, name, many);
    if (values.length === 0) return undefined;
    const invalid = values.find((value) => !isIdForm(value));
    if (invalid !== undefined) this.errors.add(name, MESSAGES.invalidId(invalid));
    return new Set(values.map((value) => value.toLowerCase()));
  }

  /** Plain values (one, or any of repeated ones when `many`), compared exactly. */
  strings(name: string, many: boolean): Set<string> | undefined {
    const values = nonEmptyValues(this.query, name, many);
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
    const value = lastValue(this.query, name);
    return value === undefined || value === '' ? undefined : BOOLEAN_VALUES[value.toLowerCase()];
  }

  /** An OrderingFilter: comma-separated and/or repeated fields, each one of `allowed`. */
  ordering(name: string, allowed: readonly string[]): string[] {
    const fields = this.query.getAll(name).flatMap((value) => value.split(',')).filter((field) => field !== '');
    const invalid = fields.find((field) => !allowed.includes(field));
    if (invalid === undefined) return fields;
    this.errors.add(name, MESSAGES.invalidChoice(invalid));
    return [];
  }

  /** Fails the request with every invalid filter at once. */
  check(): void {
    this.errors.throwIfAny();
  }
}
