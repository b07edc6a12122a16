// Conditional requests with ETags (src/github/etag-cache.ts, wired in src/github/client.ts)
// against the loopback fake, which serves ETags and answers 304 to a matching If-None-Match
// without counting it against the rate limit (docs: "Best practices for using the REST API",
// "Rate limits for the REST API"). Answers and 304s are validated against @octokit/openapi.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { createClient, EtagCache } from '../src/github/client.js'
import { listAll } from '../src/github/paginate.js'
import { etagMatches, startGitHubFake, type GitHubFake } from './support/github-fake.js'
import { seedRepo } from './support/rules-fixtures.js'

const TOKEN = 'ghs_etag_cache_installation_token'
const OWNER = 'acme'
let fake: GitHubFake
let dir = ''
let n = 0

/** A fresh cache folder and a client using it. */
function client(o: { maxBytes?: number; maxEntryBytes?: number } = {}): {
  gh: ReturnType<typeof createClient>
  cache: EtagCache
  folder: string
} {
  const folder = path.join(dir, `cache-${n++}`)
  const cache = new EtagCache(folder, o.maxBytes, o.maxEntryBytes)
  caches.push(cache)
  const gh = createClient(TOKEN, { baseUrl: fake.url, etagCache: cache, retries: 0 })
  return { gh, cache, folder }
}

/** Every cache made here: their queued writes are flushed before a test looks at the folder. */
const caches: EtagCache[] = []
const flushAll = async (): Promise<void> => {
  await Promise.all(caches.map((c) => c.flush()))
}

/**
 * A second client over the same folder (the next scheduled run after actions/cache restored
 * it): the earlier runs' writes are on disk first, as they are when their process has ended.
 */
async function again(
  folder: string
): Promise<{ gh: ReturnType<typeof createClient>; cache: EtagCache }> {
  await flushAll()
  const cache = new EtagCache(folder)
  caches.push(cache)
  return { gh: createClient(TOKEN, { baseUrl: fake.url, etagCache: cache, retries: 0 }), cache }
}

/** One GET, its answer's write flushed (so the folder and `stats.stored` show it). */
const getRepo = async (gh: ReturnType<typeof createClient>, repo: string) => {
  const r = await gh.request('GET /repos/{owner}/{repo}', { owner: OWNER, repo })
  await flushAll()
  return r
}

beforeAll(async () => {
  fake = await startGitHubFake()
  fake.tokens.set(TOKEN, 'admin')
  for (const repo of ['one', 'two', 'three'])
    seedRepo(fake, { owner: OWNER, repo, default_branch: 'main', branches: ['main'] })
  seedRepo(fake, {
    owner: OWNER,
    repo: 'many',
    default_branch: 'main',
    branches: Array.from({ length: 150 }, (_, i) => `b-${String(i).padStart(3, '0')}`)
  })
  dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-etag-'))
})

afterAll(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
})

describe('the fake serves ETags and 304s', () => {
  test('If-None-Match: weak comparison, lists and *', () => {
    expect(etagMatches('W/"abc"', '"abc"')).toBe(true)
    expect(etagMatches('"x", W/"abc"', 'W/"abc"')).toBe(true)
    expect(etagMatches('*', 'W/"abc"')).toBe(true)
    expect(etagMatches('"abd"', 'W/"abc"')).toBe(false)
    expect(etagMatches('', 'W/"abc"')).toBe(false)
  })

  test('a 304 has no body, keeps the ETag and does not count against the rate limit', async () => {
    fake.rateLimit = { limit: 5000, remaining: 100, reset: 1796000000 }
    try {
      const first = await fetch(`${fake.url}/repos/${OWNER}/one`, {
        headers: { authorization: `token ${TOKEN}` }
      })
      const etag = first.headers.get('etag') ?? ''
      expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/)
      expect(fake.rateLimit.remaining).toBe(99)
      const second = await fetch(`${fake.url}/repos/${OWNER}/one`, {
        headers: { authorization: `token ${TOKEN}`, 'if-none-match': etag }
      })
      expect(second.status).toBe(304)
      expect(await second.text()).toBe('')
      expect(second.headers.get('etag')).toBe(etag)
      expect(second.headers.get('x-ratelimit-remaining')).toBe('99')
      expect(fake.rateLimit.remaining).toBe(99)
      const stale = await fetch(`${fake.url}/repos/${OWNER}/one`, {
        headers: { authorization: `token ${TOKEN}`, 'if-none-match': 'W/"stale"' }
      })
      expect(stale.status).toBe(200)
      expect(fake.rateLimit.remaining).toBe(98)
    } finally {
      fake.rateLimit = undefined
    }
    expect(fake.violations).toEqual([])
  })
})

describe('EtagCache through createClient', () => {
  test('the second run of the same GET is a 304 answered from the folder, equal to the 200', async () => {
    const { gh, cache, folder } = client()
    const a = await getRepo(gh, 'one')
    expect(cache.stats).toEqual({ conditional: 0, notModified: 0, stored: 1, ignored: 0 })
    const before = fake.notModified.length
    const next = await again(folder)
    const b = await getRepo(next.gh, 'one')
    expect(b.status).toBe(200)
    expect(b.data).toEqual(a.data)
    // Marked, so that budget keeping knows it cost no rate limit; the live rate-limit headers.
    expect(b.headers['x-gonogo-not-modified']).toBe(a.headers.etag)
    expect(a.headers['x-gonogo-not-modified']).toBeUndefined()
    expect(b.headers['x-ratelimit-remaining']).toBeDefined()
    expect(fake.notModified.length).toBe(before + 1)
    expect(fake.requests.at(-1)?.headers['if-none-match']).toBe(a.headers.etag)
    expect(next.cache.stats).toEqual({ conditional: 1, notModified: 1, stored: 0, ignored: 0 })
    expect(fake.violations).toEqual([])
  })

  test('a changed answer comes whole (200) and replaces the entry', async () => {
    const { gh, folder } = client()
    const a = await getRepo(gh, 'two')
    const st = fake.state.repos.get(`${OWNER}/two`)
    if (!st) throw new Error('seeded')
    st.default_branch = 'trunk'
    st.branches = ['trunk']
    try {
      const next = await again(folder)
      const b = await getRepo(next.gh, 'two')
      expect(a.data.default_branch).toBe('main')
      expect(b.data.default_branch).toBe('trunk')
      expect(next.cache.stats).toMatchObject({ conditional: 1, notModified: 0, stored: 1 })
      const third = await again(folder)
      expect((await getRepo(third.gh, 'two')).data.default_branch).toBe('trunk')
      expect(third.cache.stats).toMatchObject({ notModified: 1 })
    } finally {
      st.default_branch = 'main'
      st.branches = ['main']
    }
  })

  test('paginated lists: every page revalidated, Link headers kept, the same list', async () => {
    const { gh, folder } = client()
    const list = () =>
      listAll<{ name: string }>(
        gh,
        'GET /repos/{owner}/{repo}/branches',
        { owner: OWNER, repo: 'many' },
        { what: 'branches' }
      )
    const first = await list()
    expect(first).toHaveLength(151) // and main
    const next = await again(folder)
    const second = await listAll<{ name: string }>(
      next.gh,
      'GET /repos/{owner}/{repo}/branches',
      { owner: OWNER, repo: 'many' },
      { what: 'branches' }
    )
    expect(second).toEqual(first)
    expect(next.cache.stats).toMatchObject({ conditional: 2, notModified: 2 })
  })

  test('a damaged, foreign or unreadable entry is ignored: the request goes out plainly', async () => {
    const { gh, cache, folder } = client()
    const a = await getRepo(gh, 'three')
    const file = cache.fileFor(`${fake.url}/repos/${OWNER}/three`, 'application/vnd.github.v3+json')
    const entry = JSON.parse(await readFile(file, 'utf8')) as { body: string; url: string }
    const damaged = [
      'not json {',
      JSON.stringify({ ...entry, body: entry.body.replace('"main"', '"evil"') }), // digest no longer matches
      JSON.stringify({ ...entry, url: `${fake.url}/repos/${OWNER}/one` }), // another URL's entry
      JSON.stringify({ ...entry, v: 2 }),
      JSON.stringify({ ...entry, etag: 'W/"x"\r\nx-evil: 1' })
    ]
    for (const text of damaged) {
      await writeFile(file, text)
      const next = await again(folder)
      const b = await getRepo(next.gh, 'three')
      expect(b.data).toEqual(a.data)
      expect(fake.requests.at(-1)?.headers['if-none-match']).toBeUndefined()
      expect(next.cache.stats).toMatchObject({
        conditional: 0,
        notModified: 0,
        ignored: 1,
        stored: 1
      })
    }
  })

  test('an entry whose ETag the server no longer has is never served', async () => {
    const { gh, cache, folder } = client()
    await getRepo(gh, 'one')
    const file = cache.fileFor(`${fake.url}/repos/${OWNER}/one`, 'application/vnd.github.v3+json')
    const entry = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
    // A well-formed entry (its digest matches) with a body the server never sent for that tag.
    const { createHash } = await import('node:crypto')
    const forged = JSON.stringify({ id: 1, default_branch: 'forged' })
    await writeFile(
      file,
      JSON.stringify({
        ...entry,
        etag: 'W/"0000"',
        body: forged,
        sha256: createHash('sha256').update(forged).digest('hex')
      })
    )
    const next = await again(folder)
    const b = await getRepo(next.gh, 'one')
    expect(b.data.default_branch).toBe('main')
    expect(next.cache.stats).toMatchObject({ conditional: 1, notModified: 0, stored: 1 })
  })

  test('the folder holds no token, no temporary file, and stays within its bound', async () => {
    const { gh, folder } = client({ maxBytes: 12_000 })
    for (const repo of ['one', 'two', 'three', 'many']) await getRepo(gh, repo)
    await listAll(
      gh,
      'GET /repos/{owner}/{repo}/branches',
      { owner: OWNER, repo: 'many' },
      {
        what: 'branches'
      }
    )
    await flushAll()
    const names = await readdir(folder)
    expect(names.every((x) => /^[0-9a-f]{64}\.json$/.test(x))).toBe(true)
    let total = 0
    for (const x of names) {
      const text = await readFile(path.join(folder, x), 'utf8')
      expect(text).not.toContain(TOKEN)
      total += Buffer.byteLength(text)
    }
    expect(total).toBeLessThanOrEqual(12_000)
    expect(names.length).toBeGreaterThan(0)
  })

  test('a write is queued, not waited for: a lookup of the same request waits for it, flush for all', async () => {
    const folder = path.join(dir, `cache-${n++}`)
    const cache = new EtagCache(folder)
    const url = `${fake.url}/repos/${OWNER}/queued`
    const headers = new Headers({ 'content-type': 'application/json; charset=utf-8' })
    cache.store(url, 'application/json', 'W/"1"', headers, '{"a":1}')
    cache.store(`${url}/2`, 'application/json', 'W/"2"', headers, '{"b":2}')
    // Nothing awaited yet: the lookup itself waits for its entry's write.
    expect((await cache.lookup(url, 'application/json'))?.body).toBe('{"a":1}')
    await cache.flush()
    expect(cache.stats.stored).toBe(2)
    expect((await readdir(folder)).filter((f) => f.endsWith('.json'))).toHaveLength(2)
  })

  test('an answer larger than the entry bound is not kept', async () => {
    const { gh, cache, folder } = client({ maxEntryBytes: 100 })
    await getRepo(gh, 'one')
    expect(cache.stats.stored).toBe(0)
    await expect(readdir(folder)).rejects.toThrow()
  })

  test('without a cache nothing is conditional or written, whatever the environment says', async () => {
    // Caching on disk happens only when asked (--etag-cache, the etag-cache input): a variable
    // left in the environment (as an earlier version read) does not turn it on.
    const folder = path.join(dir, 'from-env')
    process.env.GONOGO_ETAG_CACHE = folder
    try {
      const plain = createClient(TOKEN, { baseUrl: fake.url })
      await getRepo(plain, 'one')
      await getRepo(plain, 'one')
      await getRepo(createClient(TOKEN, { baseUrl: fake.url }), 'one')
      expect(fake.requests.at(-1)?.headers['if-none-match']).toBeUndefined()
      await expect(readdir(folder)).rejects.toThrow(/ENOENT/)
    } finally {
      delete process.env.GONOGO_ETAG_CACHE
    }
  })
})
