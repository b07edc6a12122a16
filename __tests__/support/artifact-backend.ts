/**
 * The Actions artifact backend on loopback: Azurite (the real Azure blob-storage emulator, from
 * npm) stores the upload, and a small fake of the Actions results service answers the two Twirp
 * calls @actions/artifact makes (CreateArtifact, FinalizeArtifact) with a SAS URL into Azurite.
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
  runtimeToken: string
  artifacts: StoredArtifact[]
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
    if (typeof runId !== 'string' || typeof jobId !== 'string' || typeof body.name !== 'string') {
      return send(400, {
        code: 'invalid_argument',
        msg: 'workflow_run_backend_id, workflow_job_run_backend_id and name are required'
      })
    }
    if (method === 'CreateArtifact') {
      const name = body.name
      if (artifacts.some((a) => a.name === name && a.workflowRunBackendId === runId)) {
        return send(409, {
          code: 'already_exists',
          msg: `an artifact with this name already exists on the workflow run`
        })
      }
      const blob = `${runId}/${name}.zip`
      artifacts.push({
        id: 1000 + artifacts.length,
        name,
        workflowRunBackendId: runId,
        workflowJobRunBackendId: jobId,
        blob,
        finalized: false
      })
      return send(200, { ok: true, signed_upload_url: sasUrl(blob) })
    }
    if (method === 'FinalizeArtifact') {
      const a = artifacts.find((x) => x.name === body.name && x.workflowRunBackendId === runId)
      if (!a) return send(404, { code: 'not_found', msg: 'no such artifact' })
      a.finalized = true
      a.size = String(body.size)
      a.hash = typeof body.hash === 'string' ? body.hash : undefined
      return send(200, { ok: true, artifact_id: String(a.id) })
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
  return {
    resultsUrl,
    runtimeToken: runtimeToken(
      '11111111-2222-3333-4444-555555555555',
      '66666666-7777-8888-9999-000000000000'
    ),
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
}
