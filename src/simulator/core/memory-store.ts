/**
 * The in-memory state of one simulator instance: records in named groups (ClickHouse's services
 * and backups, Divio's every resource group), each keyed by its id, and the timers that move
 * records on (state transitions, deployments, backups). Every instance starts from its own seed,
 * so tests never share state; closing clears the timers.
 */
export class MemoryStore<Groups extends { [group: string]: object }> {
  private readonly groups = new Map<keyof Groups, Map<string, Groups[keyof Groups]>>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    names: Iterable<keyof Groups>,
    private readonly idOf: (record: Groups[keyof Groups]) => string,
  ) {
    for (const name of names) this.groups.set(name, new Map());
  }

  has(group: keyof Groups): boolean {
    return this.groups.has(group);
  }

  /** Every record of a group, in insertion order. */
  all<G extends keyof Groups>(group: G): Groups[G][] {
    return [...(this.groups.get(group)?.values() ?? [])] as Groups[G][];
  }

  get<G extends keyof Groups>(group: G, id: string): Groups[G] | undefined {
    return this.groups.get(group)?.get(id) as Groups[G] | undefined;
  }

  add<G extends keyof Groups>(group: G, record: Groups[G]): Groups[G] {
    const records = this.groups.get(group);
    if (records === undefined) throw new Error(`The store holds no group ${String(group)}`);
    records.set(this.idOf(record), record);
    return record;
  }

  remove(group: keyof Groups, id: string): void {
    this.groups.get(group)?.delete(id);
  }

  /** Runs `run` after `delayMs`; timers never keep a process alive, and closing clears them. */
  schedule(delayMs: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }
}
