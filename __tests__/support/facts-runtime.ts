/**
 * Runtime facts for tests, in memory: `scriptedProcesses` answers tool runs and replays from a
 * script (no process is started, no file written), `scriptedActions` answers the Actions API from
 * a scripted history with the real reader's request budget, `memoryPromotions` answers the
 * promotion history from scripted entries, `memoryIncidents` the incident issues and releases.
 * Each records what was asked of it.
 */
import {
  MAX_SKIPPED_LISTED,
  type ActionsFailure,
  type ActionsHistory,
  type ActionsRun,
  type CommandOutcome,
  type CopyFacts,
  type IncidentHistory,
  type IncidentHistoryAnswer,
  type IncidentIssue,
  type ReleaseFact,
  type OutputHashes,
  type Processes,
  type PromotionEntry,
  type PromotionHistory,
  type PromotionHistoryAnswer,
  type PromotionHistoryQuery,
  type ReplaySandbox,
  type ToolRun,
  type ToolScratch,
  type WorkflowRunsQuery
} from '../../src/core/facts-runtime.js'

/** A scripted tool: its answer to `args`, given the scratch files written so far (path → text). */
export type ScriptedTool = (
  args: readonly string[],
  files: ReadonlyMap<string, string>
) => Partial<ToolRun>

/** One scripted replay run: how the command ended and the outputs it left (path → digest). */
export interface ScriptedRun {
  outcome?: Partial<CommandOutcome>
  outputs?: Record<string, string> | OutputHashes
}

export interface ScriptedProcessesSpec {
  /** Command → its behaviour; a command not listed is `missing` (not installed). */
  tools?: Record<string, ScriptedTool>
  /** The scratch folder cannot be made (this error). */
  scratchError?: string
  /** Writing this scratch file name fails (with this error). */
  writeErrors?: Record<string, string>
  /** The replay sandbox: cannot be opened (`openError`), or what each copy and run gives. */
  replay?: {
    openError?: string
    /** What every copy holds (default: 3 files, no links, .git copied), or why it failed. */
    copy?: CopyFacts | { error: string }
    /** Run n (from 1) answers `runs[n - 1]`; missing entries exit 0 with no outputs. */
    runs?: ScriptedRun[]
    /** The copy of this run (from 1) cannot be removed. */
    removeFailsAfterRun?: number
  }
  /** HEAD's commit time in seconds (default: not a git repository). */
  headCommitTime?: number
}

/** What the scripted processes were asked to do. */
export interface ProcessCalls {
  /** `command arg…` per tool run. */
  tools: string[][]
  /** Scratch files written: path → text. */
  written: Map<string, string>
  scratchDisposed: number
  /** Each replayed command with its working directory and the env the check pinned. */
  commands: {
    command: string
    workingDirectory: string
    env: Record<string, string>
    timeoutMs: number
  }[]
  copies: number
  removed: number
  disposed: number
}

export const DEFAULT_COPY: CopyFacts = {
  files: 3,
  bytes: 300,
  links: 0,
  skipped: [],
  skippedCount: 0,
  git: 'copied'
}

/** Scripted {@link Processes} and the record of what they were asked. */
export function scriptedProcesses(spec: ScriptedProcessesSpec = {}): {
  processes: Processes
  calls: ProcessCalls
} {
  const calls: ProcessCalls = {
    tools: [],
    written: new Map(),
    scratchDisposed: 0,
    commands: [],
    copies: 0,
    removed: 0,
    disposed: 0
  }
  let scratchSeq = 0
  const processes: Processes = {
    runTool: (command, args, o) => {
      void o
      calls.tools.push([command, ...args])
      const tool = spec.tools?.[command]
      if (!tool)
        return Promise.resolve({
          exitCode: null,
          stdout: '',
          stderr: '',
          failure: { kind: 'missing' }
        })
      return Promise.resolve({ exitCode: 0, stdout: '', stderr: '', ...tool(args, calls.written) })
    },
    toolScratch: () => {
      if (spec.scratchError !== undefined) return Promise.resolve({ error: spec.scratchError })
      const dir = `/scratch-${++scratchSeq}`
      const scratch: ToolScratch = {
        write: (name, text) => {
          const error = spec.writeErrors?.[name]
          if (error !== undefined) return Promise.resolve({ error })
          const p = `${dir}/${name}`
          calls.written.set(p, text)
          return Promise.resolve({ path: p })
        },
        dispose: () => {
          calls.scratchDisposed++
          return Promise.resolve()
        }
      }
      return Promise.resolve(scratch)
    },
    openReplay: () => {
      const r = spec.replay ?? {}
      if (r.openError !== undefined) return Promise.resolve({ error: r.openError })
      let run = 0
      const sandbox: ReplaySandbox = {
        copyWorkspace: () => {
          calls.copies++
          const c = r.copy ?? DEFAULT_COPY
          if ('error' in c) return Promise.resolve({ ok: false, error: c.error })
          return Promise.resolve({
            ok: true,
            copy: { ...c, skipped: c.skipped.slice(0, MAX_SKIPPED_LISTED) }
          })
        },
        run: (o) => {
          run++
          calls.commands.push({
            command: o.command,
            workingDirectory: o.workingDirectory,
            env: { ...o.env },
            timeoutMs: o.timeoutMs
          })
          return Promise.resolve({
            exitCode: 0,
            signal: null,
            timedOut: false,
            stderrTail: '',
            ...r.runs?.[run - 1]?.outcome
          })
        },
        hashOutputs: () => {
          const out = r.runs?.[run - 1]?.outputs ?? {}
          return Promise.resolve(
            'digests' in out && typeof out.digests === 'object'
              ? (out as OutputHashes)
              : {
                  digests: { ...(out as Record<string, string>) },
                  unreadable: [],
                  truncated: false
                }
          )
        },
        removeCopy: () => {
          calls.removed++
          return Promise.resolve(r.removeFailsAfterRun !== run)
        },
        dispose: () => {
          calls.disposed++
          return Promise.resolve()
        }
      }
      return Promise.resolve(sandbox)
    },
    headCommitTime: () => Promise.resolve(spec.headCommitTime)
  }
  return { processes, calls }
}

/** A scripted API failure; `maxRequests` and `rateLimited` default to 0 and false. */
export type ScriptedFailure = Pick<ActionsFailure, 'kind' | 'reason'> &
  Partial<Omit<ActionsFailure, 'kind' | 'reason'>>

export interface ScriptedActionsSpec {
  /** The default branch, or why it cannot be read (default `main`). */
  defaultBranch?: string | ScriptedFailure
  /** Workflow → its runs, newest first, or why they cannot be read. */
  workflows?: Record<string, ActionsRun[] | ScriptedFailure>
}

/**
 * Scripted {@link ActionsHistory}. Requests are counted as the real reader counts its pages
 * (one per 100 runs, one per run for its jobs, one for the default branch); past `maxRequests`
 * the answer is a `budget` failure. A workflow not in the script is `not-found`.
 */
export function scriptedActions(spec: ScriptedActionsSpec = {}): {
  actions: ActionsHistory
  queries: WorkflowRunsQuery[]
} {
  const queries: WorkflowRunsQuery[] = []
  const actions: ActionsHistory = {
    open: (o) => {
      let requests = 0
      const fail = (
        f: ScriptedFailure,
        endpoint: string
      ): { ok: false; failure: ActionsFailure } => ({
        ok: false,
        failure: {
          endpoint,
          unlock: 'scripted unlock',
          maxRequests: o.maxRequests,
          rateLimited: false,
          ...f
        }
      })
      const spend = (
        n: number,
        endpoint: string
      ): { ok: false; failure: ActionsFailure } | undefined => {
        requests += n
        if (requests <= o.maxRequests) return undefined
        requests = o.maxRequests + 1
        return fail(
          { kind: 'budget', reason: `stopped after ${o.maxRequests} requests (${o.budgetName})` },
          endpoint
        )
      }
      return {
        get requests() {
          return requests
        },
        defaultBranch: () => {
          const endpoint = 'GET /repos/{owner}/{repo}'
          const over = spend(1, endpoint)
          if (over) return Promise.resolve(over)
          const b = spec.defaultBranch ?? 'main'
          return Promise.resolve(typeof b === 'string' ? { ok: true, value: b } : fail(b, endpoint))
        },
        workflowRuns: (q) => {
          queries.push(q)
          const endpoint = 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs'
          const w = spec.workflows?.[q.workflow]
          if (w === undefined)
            return Promise.resolve(
              fail(
                {
                  kind: 'not-found',
                  reason: `HTTP 404 (Not Found): not found, or hidden from this token`
                },
                endpoint
              )
            )
          if (!Array.isArray(w)) return Promise.resolve(fail(w, endpoint))
          const runs = w
            .filter((r) => Date.parse(r.created_at) <= q.createdAtOrBefore)
            .slice(0, q.window)
          const over =
            spend(Math.max(1, Math.ceil(runs.length / 100)), endpoint) ??
            spend(runs.length, 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs')
          if (over) return Promise.resolve(over)
          return Promise.resolve({ ok: true, value: runs })
        }
      }
    }
  }
  return { actions, queries }
}

/** A run for scripted histories: `jobs` maps a job name to its conclusions, one per attempt. */
export function actionsRun(
  id: number,
  createdAt: string,
  jobs: Record<string, (string | null)[]>,
  duration = 60
): ActionsRun {
  return {
    id,
    number: id,
    head_sha: String(id).padStart(40, '0'),
    created_at: createdAt,
    attempts: Math.max(1, ...Object.values(jobs).map((a) => a.length)),
    jobs: Object.fromEntries(
      Object.entries(jobs)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, conclusions]) => [
          name,
          conclusions.map((conclusion, i) => ({ attempt: i + 1, conclusion, duration }))
        ])
    )
  }
}

/** A scripted promotion-history failure (`permission` names the token permission involved). */
export interface ScriptedPromotionFailure {
  failure: { reason: string; unlock?: string; permission?: string }
}

export interface MemoryPromotionsSpec {
  /**
   * GitHub deployments, environment → entries (oldest first) or a failure; present means the gate
   * has a token (`sources` includes `deployments`). An environment not listed has no records.
   */
  deployments?: Record<string, PromotionEntry[] | ScriptedPromotionFailure>
  /** The state folder `folder` (default `.gonogo/state`): environment → entries or a failure. */
  local?: {
    folder?: string
    environments: Record<string, PromotionEntry[] | ScriptedPromotionFailure>
  }
  /** `describe` of the deployments (default `deployments of acme/shop`). */
  repository?: string
}

/**
 * In-memory {@link PromotionHistory}: answers from `spec`, like the real reader (an unlisted
 * environment, or another folder, has no records). `queries` records every read.
 */
export function memoryPromotions(spec: MemoryPromotionsSpec = {}): {
  promotions: PromotionHistory
  queries: PromotionHistoryQuery[]
} {
  const queries: PromotionHistoryQuery[] = []
  const folder = spec.local?.folder ?? '.gonogo/state'
  const promotions: PromotionHistory = {
    sources: spec.deployments ? ['deployments', 'local'] : ['local'],
    read: (q) => {
      queries.push(q)
      const describe =
        q.source === 'local' ? q.folder : `deployments of ${spec.repository ?? 'acme/shop'}`
      const table =
        q.source === 'local'
          ? q.folder === folder
            ? spec.local?.environments
            : undefined
          : spec.deployments
      const found = table && Object.hasOwn(table, q.environment) ? table[q.environment] : []
      const answer: PromotionHistoryAnswer =
        found === undefined || Array.isArray(found)
          ? { ok: true, source: q.source, describe, entries: [...(found ?? [])] }
          : {
              ok: false,
              source: q.source,
              describe,
              reason: found.failure.reason,
              unlock: found.failure.unlock ?? 'scripted unlock',
              ...(found.failure.permission ? { permission: found.failure.permission } : {})
            }
      return Promise.resolve(answer)
    }
  }
  return { promotions, queries }
}

export interface MemoryIncidentsSpec {
  /** Incident issues by label (the reader's trust and marker checks are taken as done). */
  issues?: Record<string, IncidentIssue[]>
  releases?: ReleaseFact[]
  /** Every read answers this failure instead (`permission` default `issues: read`). */
  failure?: { reason: string; unlock?: string; permission?: string }
}

/**
 * In-memory {@link IncidentHistory}: the issues listed under the label asked for (none for
 * another label) and every release, or the scripted failure. `queries` records every read.
 */
export function memoryIncidents(spec: MemoryIncidentsSpec = {}): {
  incidents: IncidentHistory
  queries: { label: string }[]
} {
  const queries: { label: string }[] = []
  const incidents: IncidentHistory = {
    read: (q) => {
      queries.push(q)
      const answer: IncidentHistoryAnswer = spec.failure
        ? {
            ok: false,
            reason: spec.failure.reason,
            unlock: spec.failure.unlock ?? 'scripted unlock',
            permission: spec.failure.permission ?? 'issues: read'
          }
        : {
            ok: true,
            issues: [...(spec.issues?.[q.label] ?? [])],
            releases: [...(spec.releases ?? [])]
          }
      return Promise.resolve(answer)
    }
  }
  return { incidents, queries }
}
