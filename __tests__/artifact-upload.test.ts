import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {
  ArtifactUploadError,
  uploadFailureKind,
  uploadFolder
} from '../src/github/artifact-upload.js'
import { startArtifactBackend, type ArtifactBackend } from './support/artifact-backend.js'
import { writeIn } from './support/temp-workspace.js'

let backend: ArtifactBackend
beforeAll(async () => {
  backend = await startArtifactBackend()
}, 60_000)
afterAll(async () => {
  await backend.close()
})

describe('artifact upload through @actions/artifact into Azurite', () => {
  test('a folder is zipped, stored in blob storage, finalized, and can be downloaded', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-up-'))
    await writeIn(dir, 'manifest.json', '{"a":1}\n')
    await writeIn(dir, 'reports/x.json', '{"b":2}\n')
    process.env.ACTIONS_RUNTIME_TOKEN = backend.runtimeToken
    process.env.ACTIONS_RESULTS_URL = backend.resultsUrl
    try {
      const r = await uploadFolder('gonogo-bundle-test', dir)
      expect(r.id).toBe(1000)
      expect(backend.calls.map((c) => c.method)).toEqual(['CreateArtifact', 'FinalizeArtifact'])
      const zip = await backend.download('gonogo-bundle-test')
      expect(zip.subarray(0, 2).toString()).toBe('PK')
      expect(backend.artifacts[0]).toMatchObject({ finalized: true, size: String(zip.length) })
    } finally {
      delete process.env.ACTIONS_RUNTIME_TOKEN
      delete process.env.ACTIONS_RESULTS_URL
      await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)

  /** Runs `f` with the runner's artifact variables set (the job's token, or another job's). */
  async function asJob<T>(token: string, f: () => Promise<T>): Promise<T> {
    process.env.ACTIONS_RUNTIME_TOKEN = token
    process.env.ACTIONS_RESULTS_URL = backend.resultsUrl
    try {
      return await f()
    } finally {
      delete process.env.ACTIONS_RUNTIME_TOKEN
      delete process.env.ACTIONS_RESULTS_URL
    }
  }

  /** The names in the zip's central directory (file names stored as given: no compression of names). */
  const namesInZip = (zip: Buffer): string[] => {
    const out: string[] = []
    for (
      let i = zip.indexOf('PK\x01\x02', 0, 'latin1');
      i >= 0;
      i = zip.indexOf('PK\x01\x02', i + 4, 'latin1')
    ) {
      const n = zip.readUInt16LE(i + 28)
      out.push(zip.subarray(i + 46, i + 46 + n).toString('utf8'))
    }
    return out.sort()
  }

  test('overwrite: a second upload of the same name on the run (a re-run attempt: another job) deletes the first and replaces it', async () => {
    const first = await mkdtemp(path.join(os.tmpdir(), 'gonogo-up-'))
    const second = await mkdtemp(path.join(os.tmpdir(), 'gonogo-up-'))
    await writeIn(first, 'attempt-1.json', '{"a":1}\n')
    await writeIn(second, 'attempt-2.json', '{"a":2}\n')
    try {
      const from = backend.calls.length
      const a = await asJob(backend.runtimeToken, () =>
        uploadFolder('gonogo-org-shard-3', first, { overwrite: true })
      )
      expect(a.replaced).toBeUndefined()
      const b = await asJob(backend.runtimeTokenFor('77777777-0000-0000-0000-000000000002'), () =>
        uploadFolder('gonogo-org-shard-3', second, { overwrite: true })
      )
      expect(b.replaced).toBe(true)
      expect(b.id).not.toBe(a.id)
      expect(backend.calls.slice(from).map((c) => c.method)).toEqual([
        'CreateArtifact',
        'FinalizeArtifact',
        'CreateArtifact',
        'ListArtifacts',
        'DeleteArtifact',
        'CreateArtifact',
        'FinalizeArtifact'
      ])
      const stored = backend.artifacts.filter((x) => x.name === 'gonogo-org-shard-3')
      expect(stored.map((x) => [x.id, x.finalized])).toEqual([[b.id, true]])
      expect(namesInZip(await backend.download('gonogo-org-shard-3'))).toEqual(['attempt-2.json'])
    } finally {
      await rm(first, { recursive: true, force: true })
      await rm(second, { recursive: true, force: true })
    }
  }, 60_000)

  test('without overwrite a name already on the run is refused, naming it, and the first is kept', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-up-'))
    await writeIn(dir, 'x.json', '{}\n')
    try {
      const a = await asJob(backend.runtimeToken, () => uploadFolder('gonogo-bundle-twice', dir))
      const again = asJob(backend.runtimeTokenFor('77777777-0000-0000-0000-000000000003'), () =>
        uploadFolder('gonogo-bundle-twice', dir)
      )
      await expect(again).rejects.toThrow(ArtifactUploadError)
      await expect(again).rejects.toMatchObject({ stage: 'conflict' })
      await expect(again).rejects.toThrow(
        /^the artifact gonogo-bundle-twice was not uploaded: an artifact of that name already exists on this workflow run .*\(409\) Conflict: an artifact with this name already exists on the workflow run; give the upload another name \(another name\), or delete that artifact \(REST: DELETE \/repos\/\{owner\}\/\{repo\}\/actions\/artifacts\/\{artifact_id\}.*gh api -X DELETE repos\/OWNER\/REPO\/actions\/artifacts\/ID\), then re-run the job$/
      )
      expect(
        backend.artifacts.filter((x) => x.name === 'gonogo-bundle-twice').map((x) => x.id)
      ).toEqual([a.id])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)

  test('a service that keeps refusing gives an ArtifactUploadError naming the artifact and the answer', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gonogo-up-'))
    await writeIn(dir, 'x.json', '{}\n')
    backend.failCreate = {
      status: 403,
      code: 'permission_denied',
      msg: 'artifact storage quota has been hit'
    }
    try {
      await expect(
        asJob(backend.runtimeToken, () => uploadFolder('gonogo-org-plan', dir, { overwrite: true }))
      ).rejects.toThrow(
        /^the artifact gonogo-org-plan was not uploaded: .*\(403\).*artifact storage quota has been hit$/
      )
      expect(backend.artifacts.some((x) => x.name === 'gonogo-org-plan')).toBe(false)
      const e = await asJob(backend.runtimeToken, () =>
        uploadFolder('gonogo-org-plan', dir, { overwrite: true })
      ).catch((x: unknown) => x)
      expect(e).toMatchObject({ stage: 'upload' })
      expect(uploadFailureKind((e as ArtifactUploadError).answer)).toBe('quota')
    } finally {
      delete backend.failCreate
      await rm(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('uploadFailureKind: advice by the artifact service answer', () => {
  test('quota, transient, other', () => {
    expect(
      uploadFailureKind('Failed request: (403) Forbidden: artifact storage quota has been hit')
    ).toBe('quota')
    expect(uploadFailureKind('Failed request: (503) Service Unavailable')).toBe('transient')
    expect(uploadFailureKind('Failed request: (429) Too Many Requests')).toBe('transient')
    expect(uploadFailureKind('Failed request: (400) Bad Request: invalid name')).toBe('other')
  })
})
