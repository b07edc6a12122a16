import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import zlib from 'node:zlib'

// A small zip writer: stored or deflated entries, a central directory, Unix modes.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

export interface ZipEntry {
  name: string
  data?: Buffer
  mode?: number
  deflate?: boolean
  /** Set the UTF-8 name flag (bit 11); Info-ZIP's zip on Linux writes UTF-8 names without it. */
  utf8Flag?: boolean
}

export function makeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    const data = e.data ?? Buffer.alloc(0)
    const body = e.deflate ? zlib.deflateRawSync(data) : data
    const method = e.deflate ? 8 : 0
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(e.utf8Flag === false ? 0 : 0x800, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt16LE(0, 10)
    local.writeUInt16LE(0x5b75, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(e.utf8Flag === false ? 0 : 0x800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x5b75, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

/** The bundle's files as zip entries, as the artifact download holds them (folders included). */
export async function entriesOf(dir: string, prefix = ''): Promise<ZipEntry[]> {
  const out: ZipEntry[] = []
  for (const e of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix === '' ? e.name : `${prefix}/${e.name}`
    if (e.isDirectory())
      out.push({ name: `${rel}/`, mode: 0o40755 }, ...(await entriesOf(dir, rel)))
    else
      out.push({
        name: rel,
        data: await readFile(path.join(dir, rel)),
        deflate: rel.length % 2 === 0
      })
  }
  return out
}

/** A bundle folder as the zip the artifact download gives (its files deflated, if asked). */
export async function zipFolder(dir: string, opts: { deflate?: boolean } = {}): Promise<Buffer> {
  const entries = await entriesOf(dir)
  return makeZip(
    opts.deflate ? entries.map((e) => ({ ...e, deflate: e.data !== undefined })) : entries
  )
}
