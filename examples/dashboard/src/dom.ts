/** A tiny element builder: h('td', { class: 'state', 'data-testid': id }, 'RUNNING'). */
export type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces the children of `element`. */
export function fill(element: Element, ...children: Child[]): void {
  element.replaceChildren();
  append(element, ...children);
}

/** A status badge whose colour follows its value (CSS: .badge[data-value=...]). */
export function badge(value: string, testId?: string): HTMLSpanElement {
  return h('span', { class: 'badge', 'data-value': value, 'data-testid': testId }, value);
}

export function setBadge(element: Element, value: string): void {
  element.textContent = value;
  element.setAttribute('data-value', value);
}

const BYTE_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined) return '';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 || unit === 0 ? Math.round(value) : value.toFixed(1)} ${BYTE_UNITS[unit]}`;
}

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

/** The message of an urql CombinedError or anything thrown. */
export function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'graphQLErrors' in error) {
    const combined = error as { graphQLErrors: { message: string; extensions?: { code?: unknown } }[]; networkError?: Error; message: string };
    if (combined.graphQLErrors.length > 0) {
      return combined.graphQLErrors
        .map((graphQLError) => (graphQLError.extensions?.code ? `${graphQLError.extensions.code}: ${graphQLError.message}` : graphQLError.message))
        .join('; ');
    }
    if (combined.networkError) return `network: ${combined.networkError.message}`;
    return combined.message;
  }
  return error instanceof Error ? error.message : String(error);
}
