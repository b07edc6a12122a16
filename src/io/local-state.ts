import { randomBytes } from 'node:crypto'
import { link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseBoundedJson } from '../parsers/json-error.js'
import { stableStringify } from '../core/canonical-json.js'
import { ConfigurationError, errorMessage } from '../core/errors.js'
import { ENVIRONMENT_NAME, type ChainEntry, type PromotionRecord } from '../core/promotion.js'
import type { AppendResult, PromotionStore } from '../core/promotion-store.js'

const RECORD_FILE = /^(\d{6,})\.json$/
const MAX_RECORD_BYTES = 1024 * 1024

/**
 * The CLI's promotion records: `<state>/<environment>/000001.json`, … one file per record.
 * A record is written to a temporary file and hard-linked to its numbered name: the link fails
 * if the name exists, so of two promotions racing for number N exactly one gets it, and no
 * reader ever sees half a record.
 */
export class LocalStateStore implements PromotionStore {
  readonly describe: string

  constructor(
    private readonly root: string,
    label = root
  ) {
    this.describe = label
  }

  private dir(environment: string): string {
    if (!ENVIRONMENT_NAME.test(environment))
      throw new ConfigurationError(`'${environment}' is not an environment name`)
    return path.join(this.root, environment)
  }

  private label(environment: string, name: string): string {
    return `${this.describe}/${environment}/${name}`
  }

  async history(environment: string): Promise<ChainEntry[]> {
    const dir = this.dir(environment)
    let names: string[]
    try {
      names = await readdir(dir)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw new ConfigurationError(`${this.describe}: cannot read ${dir} (${errorMessage(e)})`)
    }
    const files = names.filter((n) => RECORD_FILE.test(n)).sort()
    const entries: ChainEntry[] = []
    for (const name of files) {
      const where = this.label(environment, name)
      let text: string
      try {
        text = await readFile(path.join(dir, name), 'utf8')
      } catch (e) {
        entries.push({ where, record: { unreadable: errorMessage(e) } })
        continue
      }
      if (text.length > MAX_RECORD_BYTES) {
        entries.push({ where, record: { unreadable: `larger than ${MAX_RECORD_BYTES} bytes` } })
        continue
      }
      // Depth bounded before parsing (json-error.ts): a record nests 4 levels.
      const parsed = parseBoundedJson(text)
      entries.push({
        where,
        record: parsed.ok ? parsed.value : { unreadable: parsed.message }
      })
    }
    return entries
  }

  async append(record: PromotionRecord): Promise<AppendResult> {
    const dir = this.dir(record.environment)
    await mkdir(dir, { recursive: true })
    const name = `${String(record.sequence).padStart(6, '0')}.json`
    const final = path.join(dir, name)
    const tmp = path.join(dir, `.${name}.${randomBytes(8).toString('hex')}.tmp`)
    await writeFile(tmp, `${stableStringify(record)}\n`, { mode: 0o644, flag: 'wx' })
    try {
      await link(tmp, final)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
        return {
          ok: false,
          message: `another promotion recorded ${record.environment} #${record.sequence} first (${this.label(record.environment, name)}); run again to promote on top of it`
        }
      }
      throw e
    } finally {
      await rm(tmp, { force: true })
    }
    return { ok: true, where: this.label(record.environment, name) }
  }

  /** A refused promotion leaves no file: the state holds accepted records only. */
  async refuse(): Promise<void> {
    /* nothing to record locally: the report says why */
  }
}
