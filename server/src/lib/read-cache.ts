/**
 * A read-through cache that change notifications keep honest. Entries belong to a group (a space,
 * a person); `invalidate(group)` drops a group's entries and `clear()` all of them. A value that was
 * being loaded while its group (or everything) was invalidated is returned to its caller but not
 * kept, so a slow read can never put an older state back after a newer write. While `enabled` is
 * false (no change notifications: the listening connection is down) nothing is read or kept.
 * Concurrent misses of one key share one load (a burst of readers of a cold space-day costs one
 * query, not one per request), as long as nothing invalidated the key's group since it started.
 */
import { LRUCache } from 'lru-cache';

export interface ReadCacheOptions {
  /** most entries kept (least recently used go first) */
  max: number;
  /** a backstop: no entry is older than this, whatever notifications say */
  ttlMs: number;
}

export class ReadCache<V extends object> {
  private readonly entries: LRUCache<string, { group: string; value: V }>;
  private readonly generations = new Map<string, number>();
  /** loads under way, by key, with the version they started at */
  private readonly loading = new Map<string, { version: string; value: Promise<V | null> }>();
  private epoch = 0;
  /** invalidations so far (for loads whose group is known only afterwards) */
  private changes = 0;
  enabled = false;
  hits = 0;
  misses = 0;

  constructor(options: ReadCacheOptions) {
    this.entries = new LRUCache({ max: options.max, ttl: options.ttlMs, ttlAutopurge: false });
  }

  /** The cached value, if any and if `valid` (default: always) accepts it. */
  get(key: string, valid?: (value: V) => boolean): V | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(key);
    if (entry && (!valid || valid(entry.value))) {
      this.hits++;
      return entry.value;
    }
    this.misses++;
    return undefined;
  }

  /** A token to pass to `set` after loading: it tells whether the group changed in between. */
  version(group: string): string {
    return `${this.epoch}:${this.generations.get(group) ?? 0}`;
  }

  set(key: string, group: string, value: V, versionBeforeLoad: string): void {
    if (this.enabled && versionBeforeLoad === this.version(group)) this.entries.set(key, { group, value });
  }

  /**
   * Reads through the cache; `load` answering null (nothing there) is not kept. The group may be
   * known only from the value (a desk's space): then any invalidation during the load discards it.
   */
  async load(
    key: string,
    group: string | ((value: V) => string),
    load: () => Promise<V | null>,
    valid?: (value: V) => boolean,
  ): Promise<V | null> {
    const hit = this.get(key, valid);
    if (hit) return hit;
    const version = typeof group === 'string' ? this.version(group) : `${this.epoch}:${this.changes}`;
    const pending = this.enabled ? this.loading.get(key) : undefined;
    // a load that began after the last invalidation of this group sees everything a new one would
    if (pending && pending.version === version) {
      const shared = await pending.value;
      if (!shared || !valid || valid(shared)) return shared;
    }
    const value = this.loadAndKeep(key, group, version, load);
    if (!this.enabled) return value;
    const entry = { version, value };
    this.loading.set(key, entry);
    try {
      return await value;
    } finally {
      if (this.loading.get(key) === entry) this.loading.delete(key);
    }
  }

  private async loadAndKeep(
    key: string,
    group: string | ((value: V) => string),
    version: string,
    load: () => Promise<V | null>,
  ): Promise<V | null> {
    const value = await load();
    if (!value) return value;
    if (typeof group === 'string') this.set(key, group, value, version);
    else if (this.enabled && version === `${this.epoch}:${this.changes}`)
      this.entries.set(key, { group: group(value), value });
    return value;
  }

  invalidate(group: string): void {
    this.changes++;
    // bounded: past this many distinct groups, start a new epoch (which invalidates everything)
    if (this.generations.size >= 100_000) {
      this.clear();
      return;
    }
    this.generations.set(group, (this.generations.get(group) ?? 0) + 1);
    for (const [key, entry] of this.entries.entries()) if (entry.group === group) this.entries.delete(key);
  }

  clear(): void {
    this.epoch++;
    this.generations.clear();
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
