import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { scrubSecrets } from '../core/secrets.js'
import { sha256Hex } from '../io/bundle-copy.js'

/** Largest answer kept (a workflow file's content object is at most ~1.4 MiB of base64). */
export const DEFAULT_MAX_ENTRY_BYTES = 2 * 1024 * 1024
/** Largest folder kept; the oldest entries go first beyond it. */
export const DEFAULT_MAX_CACHE_BYTES = 256 * 1024 * 1024

const ENTRY = /^[0-9a-f]{64}\.json$/
/**
 * Set on an answer served from the cache after a 304 (its value: the ETag), so that budget
 * keeping can tell it cost no rate limit.
 */
export const REVALIDATED_HEADER = 'x-gonogo-not-modified'

/** Headers of the answer kept with its body; everything else comes from the live 304. */
const KEPT_HEADERS = ['content-type', 'link'] as const

/** One GET answer as kept on disk (`<sha256 of method, URL and Accept>.json`). */
interface Entry {
  v: 1
  url: string
  accept: string
  etag: string
  headers: Partial<Record<(typeof KEPT_HEADERS)[number], string>>
  /** SHA-256 of `body` (hex): an entry damaged on disk is ignored, not served. */
  sha256: string
  body: string
}

/** What the cache did in this process (for the run's summary). */
export interface EtagCacheStats {
  /** GET requests sent with If-None-Match. */
  conditional: number
  /** Of those, answered 304 Not Modified: served from the folder, not counted by GitHub. */
  notModified: number
  /** Answers written to the folder. */
  stored: number
  /** Entries that could not be read or did not match their request (sent plainly). */
  ignored: number
}

/**
 * Conditional requests with ETags (docs: "Best practices for using the REST API", use
 * conditional requests if appropriate; "Rate limits for the REST API": a 304 answer to an
 * authorised request does not count against the primary rate limit). A folder holding, per GET
 * URL and Accept header, the last 200 answer's ETag and body. A GET whose entry is there is sent
 * with `If-None-Match`; only a 304 from the server makes its body the answer (as a 200), so an
 * entry is never trusted on its own (and one whose body no longer matches its
 * SHA-256 is not used at all). The key is a SHA-256 of the method, URL and Accept header;
 * no request header (the token) is stored, and an answer holding a registered secret is not
 * kept. Entries are written atomically (temporary name, then rename), bounded per entry and in
 * total (oldest by modification time evicted first), and any entry that cannot be read, is not an
 * entry, or is for another URL is ignored and the request sent plainly. Safe to share between
 * processes (a rename replaces a whole entry); never throws into a request.
 *
 * Trust: the folder is trusted input, like the policy file. The SHA-256 only catches damage, not
 * an edit: whoever can write an entry (body replaced, SHA-256 recomputed, ETag kept) decides what
 * a 304 answers, and so a verdict. In Actions keep it only through actions/cache keyed from the
 * scheduled (default-branch) workflow of the repository holding the policy: a cache written
 * there can be written only by code that runs on that branch, which could change the policy
 * anyway, and caches written from pull-request refs are not visible to default-branch runs
 * (GitHub docs, "Caching dependencies to speed up workflows", restrictions for accessing a
 * cache). Never point it at a folder an untrusted step or artifact fills.
 */
export class EtagCache {
  readonly stats: EtagCacheStats = { conditional: 0, notModified: 0, stored: 0, ignored: 0 }
  private index: Promise<Map<string, { size: number; mtimeMs: number }>> | undefined
  private total = 0
  /** Writes one at a time, so that the bound holds for this process's own writes. */
  private writing: Promise<void> = Promise.resolve()
  /** Writes not yet done, by file: a lookup of the same request waits for its own write only. */
  private readonly pending = new Map<string, Promise<void>>()

  /**
   * @param dir the folder (created on first write)
   * @param maxBytes bound of the folder's entries together, bytes
   * @param maxEntryBytes largest answer body kept, bytes
   */
  constructor(
    readonly dir: string,
    readonly maxBytes = DEFAULT_MAX_CACHE_BYTES,
    readonly maxEntryBytes = DEFAULT_MAX_ENTRY_BYTES
  ) {}

  /** The file an answer to this request is kept in. */
  fileFor(url: string, accept: string): string {
    const h = sha256Hex(`GET\n${url}\n${accept}`)
    return path.join(this.dir, `${h}.json`)
  }

  /** The entry for the request, or undefined (none, unreadable, or not for this request). */
  async lookup(url: string, accept: string): Promise<Entry | undefined> {
    const file = this.fileFor(url, accept)
    await this.pending.get(file)
    let text: string
    try {
      const st = await stat(file)
      if (!st.isFile() || st.size > this.maxEntryBytes * 2 + 64 * 1024) {
        this.stats.ignored++
        return undefined
      }
      text = await readFile(file, 'utf8')
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'ENOENT') this.stats.ignored++
      return undefined
    }
    const entry = parseEntry(text)
    if (!entry || entry.url !== url || entry.accept !== accept) {
      this.stats.ignored++
      return undefined
    }
    return entry
  }

  /**
   * Keeps a 200 answer that came with an ETag. Too large, holding a secret, or a write that
   * fails: not kept (the next run asks plainly). The write is queued, not waited for: an answer
   * is not held up by the disk (a first run wrote 4,697 entries one at a time while every request
   * waited); a later lookup of the same request waits for it, and {@link flush} for all of them.
   */
  store(url: string, accept: string, etag: string, headers: Headers, body: string): void {
    const file = this.fileFor(url, accept)
    const next = this.writing
      .then(() => this.write(url, accept, etag, headers, body))
      .catch(() => undefined)
    this.writing = next
    this.pending.set(file, next)
    void next.then(() => {
      if (this.pending.get(file) === next) this.pending.delete(file)
    })
  }

  /** Resolves when every queued write is done (call before the process ends or reads `stats`). */
  flush(): Promise<void> {
    return this.writing
  }

  private async write(
    url: string,
    accept: string,
    etag: string,
    headers: Headers,
    body: string
  ): Promise<void> {
    if (Buffer.byteLength(body) > this.maxEntryBytes || scrubSecrets(body) !== body) return
    const entry: Entry = {
      v: 1,
      url,
      accept,
      etag,
      headers: Object.fromEntries(
        KEPT_HEADERS.flatMap((k) => {
          const v = headers.get(k)
          return v === null ? [] : [[k, v]]
        })
      ),
      sha256: sha256Hex(body),
      body
    }
    const text = JSON.stringify(entry)
    const size = Buffer.byteLength(text)
    if (size > this.maxBytes) return
    const file = this.fileFor(url, accept)
    const tmp = path.join(this.dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
    try {
      await mkdir(this.dir, { recursive: true })
      const index = await this.loadIndex()
      const name = path.basename(file)
      const before = index.get(name)
      if (before) {
        this.total -= before.size
        index.delete(name)
      }
      await this.evict(index, size)
      await writeFile(tmp, text, { encoding: 'utf8', mode: 0o600 })
      await rename(tmp, file)
      index.set(name, { size, mtimeMs: Date.now() })
      this.total += size
      this.stats.stored++
    } catch {
      await rm(tmp, { force: true }).catch(() => undefined)
    }
  }

  /** Sizes of the entries already in the folder (read once). */
  private loadIndex(): Promise<Map<string, { size: number; mtimeMs: number }>> {
    this.index ??= (async () => {
      const out = new Map<string, { size: number; mtimeMs: number }>()
      let names: string[] = []
      try {
        names = await readdir(this.dir)
      } catch {
        return out
      }
      for (const n of names.filter((x) => ENTRY.test(x))) {
        try {
          const st = await stat(path.join(this.dir, n))
          if (st.isFile()) {
            out.set(n, { size: st.size, mtimeMs: st.mtimeMs })
            this.total += st.size
          }
        } catch {
          /* gone meanwhile */
        }
      }
      return out
    })()
    return this.index
  }

  /** Removes the oldest entries until `incoming` more bytes fit in the bound. */
  private async evict(
    index: Map<string, { size: number; mtimeMs: number }>,
    incoming: number
  ): Promise<void> {
    if (this.total + incoming <= this.maxBytes) return
    const oldest = [...index].sort(
      ([a, x], [b, y]) => x.mtimeMs - y.mtimeMs || (a < b ? -1 : a > b ? 1 : 0)
    )
    for (const [name, { size }] of oldest) {
      if (this.total + incoming <= this.maxBytes) break
      await rm(path.join(this.dir, name), { force: true }).catch(() => undefined)
      index.delete(name)
      this.total -= size
    }
  }
}

function parseEntry(text: string): Entry | undefined {
  let v: unknown
  try {
    v = JSON.parse(text)
  } catch {
    return undefined
  }
  const e = v as Partial<Entry> | null
  if (
    typeof e !== 'object' ||
    e === null ||
    e.v !== 1 ||
    typeof e.url !== 'string' ||
    typeof e.accept !== 'string' ||
    typeof e.etag !== 'string' ||
    e.etag === '' ||
    /[\r\n]/.test(e.etag) ||
    typeof e.body !== 'string' ||
    typeof e.sha256 !== 'string' ||
    e.sha256 !== sha256Hex(e.body) ||
    typeof e.headers !== 'object' ||
    e.headers === null
  )
    return undefined
  const headers: Entry['headers'] = {}
  for (const k of KEPT_HEADERS) {
    const h = (e.headers as Record<string, unknown>)[k]
    if (typeof h === 'string' && !/[\r\n]/.test(h)) headers[k] = h
  }
  return {
    v: 1,
    url: e.url,
    accept: e.accept,
    etag: e.etag,
    headers,
    sha256: e.sha256,
    body: e.body
  }
}

type Fetch = typeof globalThis.fetch

/** The request's headers as a plain lower-cased record. */
function headerRecord(init: RequestInit | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  const h = init?.headers
  if (!h) return out
  new Headers(h).forEach((v, k) => {
    out[k] = v
  })
  return out
}

const TEXTUAL = /^(application\/([\w.+-]*\+)?json|text\/)/i

/**
 * fetch through the cache: a GET with an entry is sent with If-None-Match and a 304 is answered
 * with the entry's body as a 200 (the live answer's headers, rate-limit ones included, win over
 * the kept ones); a 200 with an ETag and a textual body is kept. Other methods, and requests
 * that already carry a conditional header, pass through unchanged.
 */
export function etagFetch(base: Fetch, cache: EtagCache): Fetch {
  return async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase()
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const headers = headerRecord(init)
    if (
      method !== 'GET' ||
      (typeof input === 'object' && !(input instanceof URL)) ||
      headers['if-none-match'] !== undefined ||
      headers['if-modified-since'] !== undefined
    )
      return base(input, init)
    const accept = headers.accept ?? ''
    const entry = await cache.lookup(url, accept)
    let res: Response
    if (entry) {
      cache.stats.conditional++
      res = await base(input, { ...init, headers: { ...headers, 'if-none-match': entry.etag } })
      if (res.status === 304) {
        cache.stats.notModified++
        const merged = new Headers(res.headers)
        for (const [k, v] of Object.entries(entry.headers)) if (!merged.has(k)) merged.set(k, v)
        if (!merged.has('etag')) merged.set('etag', entry.etag)
        merged.set(REVALIDATED_HEADER, entry.etag)
        merged.delete('content-length')
        const whole = new Response(entry.body, { status: 200, statusText: 'OK', headers: merged })
        Object.defineProperty(whole, 'url', { value: res.url || url })
        return whole
      }
    } else res = await base(input, init)
    const etag = res.headers.get('etag')
    if (res.status === 200 && etag && !/[\r\n]/.test(etag)) {
      const type = res.headers.get('content-type') ?? ''
      if (TEXTUAL.test(type)) {
        const body = await res.clone().text()
        cache.store(url, accept, etag, res.headers, body)
      }
    }
    return res
  }
}
