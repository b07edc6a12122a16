import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { uploadFolder } from '../src/github/artifact-upload.js'
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
})
