import { readFileSync } from 'node:fs'

/** What the runner tells a step about its run, read from the environment and the event file. */
export interface RunnerContext {
  eventName: string
  repository: string
  owner: string
  repo: string
  sha: string
  ref: string
  /** Branch the profile is chosen by: the base branch for pull requests. */
  branch: string
  serverUrl: string
  apiUrl: string
  runId: string
  runAttempt: string
  workspace: string
  /** From the event payload's repository, when present. */
  defaultBranch?: string
  pullRequest?: { number: number; headSha: string; isFork: boolean }
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review'])

export function readRunnerContext(env: NodeJS.ProcessEnv = process.env): RunnerContext {
  const repository = env.GITHUB_REPOSITORY ?? ''
  const [owner = '', repo = ''] = repository.split('/')
  const eventName = env.GITHUB_EVENT_NAME ?? 'local'
  const ref = env.GITHUB_REF ?? ''
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  let pullRequest: RunnerContext['pullRequest']
  const pr = payload?.pull_request as Record<string, unknown> | undefined
  if (PR_EVENTS.has(eventName) && pr && typeof pr.number === 'number') {
    const head = (pr.head ?? {}) as { sha?: unknown; repo?: { full_name?: unknown } | null }
    pullRequest = {
      number: pr.number,
      headSha: typeof head.sha === 'string' ? head.sha : (env.GITHUB_SHA ?? ''),
      isFork: head.repo?.full_name !== repository
    }
  }
  const branch = PR_EVENTS.has(eventName)
    ? (env.GITHUB_BASE_REF ?? '')
    : (env.GITHUB_REF_NAME ?? ref.replace(/^refs\/(heads|tags)\//, ''))
  return {
    eventName,
    repository,
    owner,
    repo,
    // pull_request_target runs on the base branch: GITHUB_SHA is not the PR's commit.
    sha:
      eventName === 'pull_request_target' && pullRequest
        ? pullRequest.headSha
        : (env.GITHUB_SHA ?? ''),
    ref,
    branch,
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    ...(typeof (payload?.repository as { default_branch?: unknown } | undefined)?.default_branch ===
    'string'
      ? { defaultBranch: (payload?.repository as { default_branch: string }).default_branch }
      : {}),
    ...(pullRequest ? { pullRequest } : {})
  }
}

function readPayload(file: string | undefined): Record<string, unknown> | undefined {
  if (!file) return undefined
  try {
    const v: unknown = JSON.parse(readFileSync(file, 'utf8'))
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}
