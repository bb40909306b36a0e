/**
 * Reading a query string as Django's QueryDict does, for both simulators' list parameters: a
 * repeated parameter's last value is its value, and an empty value means the parameter is absent.
 */

/** Django's QueryDict.get: the last value of a repeated parameter. */
export const lastValue = (query: URLSearchParams, name: string): string | undefined => query.getAll(name).at(-1);

/** The non-empty values of a parameter: every one of a repeated parameter when `many`, else the last one. */
export function nonEmptyValues(query: URLSearchParams, name: string, many: boolean): string[] {
  const given = query.getAll(name).filter((value) => value !== '');
  return many ? given : given.slice(-1);
}
