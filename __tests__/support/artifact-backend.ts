/**
 * The Actions artifact backend on loopback: Azurite (the real Azure blob-storage emulator, from
 * npm) stores the upload, and a small fake of the Actions results service answers the Twirp calls
 * @actions/artifact makes to upload (CreateArtifact, FinalizeArtifact, with a SAS URL into
 * Azurite) and to delete (ListArtifacts, then DeleteArtifact). As the real service, a name is
 * unique per workflow run, not per job or attempt: a second CreateArtifact of a name on one run
 * answers 409 Conflict with the service's message.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential
} from '@azure/storage-blob'

/** Azurite's documented development account. */
const ACCOUNT = 'devstoreaccount1'
const KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
const CONTAINER = 'actions-results'

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer()
    s.listen(0, '127.0.0.1', () => {
      const a = s.address()
      const port = typeof a === 'object' && a ? a.port : 0
      s.close(() => resolve(port))
    })
    s.on('error', reject)
  })
}

export interface StoredArtifact {
  id: number
  name: string
  workflowRunBackendId: string
  workflowJobRunBackendId: string
  blob: string
  size?: string
  hash?: string
  finalized: boolean
}

export interface ArtifactBackend {
  resultsUrl: string
  /** The runtime token of one job of the run. */
  runtimeToken: string
  /** The runtime token of another job (or a re-run attempt: a new job id) of the same run. */
  runtimeTokenFor(jobId: string): string
  artifacts: StoredArtifact[]
  /** When set, every CreateArtifact is answered with this (a persistent failure). */
  failCreate?: { status: number; code: string; msg: string }
  calls: { method: string; body: Record<string, unknown> }[]
  download(name: string): Promise<Buffer>
  close(): Promise<void>
}

/** A JWT (unsigned: the client only decodes it) whose scp claim names the run and job. */
function runtimeToken(runId: string, jobId: string): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url')
  return `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ scp: `Actions.GenericRead Actions.Results:${runId}:${jobId}`, exp: 4102444800 })}.sig`
}

export async function startArtifactBackend(): Promise<ArtifactBackend> {
  const port = await freePort()
  const location = await mkdtemp(path.join(os.tmpdir(), 'gonogo-azurite-'))
  const azurite: ChildProcess = spawn(
    path.resolve('node_modules/.bin/azurite-blob'),
    [
      '--silent',
      '--skipApiVersionCheck',
      '--loose',
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--location',
      location
    ],
    { stdio: 'ignore' }
  )
  const blobUrl = `http://127.0.0.1:${port}/${ACCOUNT}`
  const credential = new StorageSharedKeyCredential(ACCOUNT, KEY)
  const service = new BlobServiceClient(blobUrl, credential)
  const container = service.getContainerClient(CONTAINER)
  for (let i = 0; ; i++) {
    try {
      await container.createIfNotExists()
      break
    } catch (e) {
      if (i > 100) throw e
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  const artifacts: StoredArtifact[] = []
  let nextId = 1000
  const calls: ArtifactBackend['calls'] = []
  const sasUrl = (blob: string): string => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse('cw'),
        expiresOn: new Date(Date.now() + 3600_000)
      },
      credential
    ).toString()
    return `${blobUrl}/${CONTAINER}/${blob}?${sas}`
  }
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let text = ''
    for await (const chunk of req) text += String(chunk)
    const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>
    const method = (req.url ?? '').split('/').pop() ?? ''
    calls.push({ method, body })
    const send = (status: number, o: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(o))
    }
    if (!String(req.headers.authorization ?? '').startsWith('Bearer '))
      return send(401, { code: 'unauthenticated', msg: 'no token' })
    // Twirp JSON with proto field names (snake_case), as @actions/artifact sends it.
    const runId = body.workflow_run_backend_id
    const jobId = body.workflow_job_run_backend_id
    if (typeof runId !== 'string' || typeof jobId !== 'string')
      return send(400, {
        code: 'invalid_argument',
        msg: 'workflow_run_backend_id and workflow_job_run_backend_id are required'
      })
    if (method === 'ListArtifacts') {
      // name_filter is a google.protobuf.StringValue: plain JSON string. Finalized artifacts of
      // the run, whichever job uploaded them.
      const filter = typeof body.name_filter === 'string' ? body.name_filter : undefined
      return send(200, {
        artifacts: artifacts
          .filter(
            (a) =>
              a.workflowRunBackendId === runId &&
              a.finalized &&
              (filter === undefined || a.name === filter)
          )
          .map((a) => ({
            workflow_run_backend_id: a.workflowRunBackendId,
            workflow_job_run_backend_id: a.workflowJobRunBackendId,
            database_id: String(a.id),
            name: a.name,
            size: a.size ?? '0',
            created_at: '2026-11-30T00:00:00Z'
          }))
      })
    }
    if (typeof body.name !== 'string')
      return send(400, { code: 'invalid_argument', msg: 'name is required' })
    const name = body.name
    if (method === 'CreateArtifact') {
      if (backend.failCreate) {
        const { status, code, msg } = backend.failCreate
        return send(status, { code, msg })
      }
      if (artifacts.some((a) => a.name === name && a.workflowRunBackendId === runId)) {
        return send(409, {
          code: 'already_exists',
          msg: `an artifact with this name already exists on the workflow run`
        })
      }
      const id = nextId++
      const blob = `${runId}/${id}/${name}.zip`
      artifacts.push({
        id,
        name,
        workflowRunBackendId: runId,
        workflowJobRunBackendId: jobId,
        blob,
        finalized: false
      })
      return send(200, { ok: true, signed_upload_url: sasUrl(blob) })
    }
    if (method === 'FinalizeArtifact') {
      const a = artifacts.find((x) => x.name === name && x.workflowRunBackendId === runId)
      if (!a) return send(404, { code: 'not_found', msg: 'no such artifact' })
      a.finalized = true
      a.size = String(body.size)
      a.hash = typeof body.hash === 'string' ? body.hash : undefined
      return send(200, { ok: true, artifact_id: String(a.id) })
    }
    if (method === 'DeleteArtifact') {
      // The client names the job that uploaded it (from ListArtifacts), not its own.
      const i = artifacts.findIndex(
        (x) =>
          x.name === name && x.workflowRunBackendId === runId && x.workflowJobRunBackendId === jobId
      )
      if (i < 0) return send(404, { code: 'not_found', msg: 'no such artifact' })
      const [gone] = artifacts.splice(i, 1)
      if (gone) await container.getBlobClient(gone.blob).deleteIfExists()
      return send(200, { ok: true, artifact_id: String(gone?.id ?? 0) })
    }
    send(404, { code: 'bad_route', msg: `no handler for ${method}` })
  }
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      res.writeHead(500)
      res.end(String(e))
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  const a = server.address()
  const resultsUrl = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/`
  const RUN = '11111111-2222-3333-4444-555555555555'
  const backend: ArtifactBackend = {
    resultsUrl,
    runtimeToken: runtimeToken(RUN, '66666666-7777-8888-9999-000000000000'),
    runtimeTokenFor: (jobId: string) => runtimeToken(RUN, jobId),
    artifacts,
    calls,
    async download(name: string): Promise<Buffer> {
      const art = artifacts.find((x) => x.name === name)
      if (!art) throw new Error(`no artifact ${name}`)
      return container.getBlobClient(art.blob).downloadToBuffer()
    },
    async close(): Promise<void> {
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
      azurite.kill('SIGTERM')
      await new Promise((r) => setTimeout(r, 100))
      await rm(location, { recursive: true, force: true })
    }
  }
  return backend
}
