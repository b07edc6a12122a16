import type { ReportCheck } from '../../core/report.js'
import type { ReplayFacts, RunFacts } from './gather.js'
import { SETTINGS_HINT } from './settings.js'

/** Differences listed one by one; past this the summary check says how many more there are. */
export const MAX_LISTED_DIFFERENCES = 200

export interface OutputComparison {
  /** Outputs present in every compared run with one digest. */
  identical: number
  differing: { path: string; digests: Record<string, string> }[]
  missing: { path: string; presentIn: number[]; missingIn: number[] }[]
}

/** Compares the outputs of the runs that succeeded, path by path (sorted). */
export function compareOutputs(runs: readonly RunFacts[]): OutputComparison {
  const paths = new Set<string>()
  for (const r of runs) for (const p of Object.keys(r.outputs.digests)) paths.add(p)
  const out: OutputComparison = { identical: 0, differing: [], missing: [] }
  for (const p of [...paths].sort()) {
    const present = runs.filter((r) => Object.hasOwn(r.outputs.digests, p))
    if (present.length < runs.length) {
      out.missing.push({
        path: p,
        presentIn: present.map((r) => r.run),
        missingIn: runs.filter((r) => !Object.hasOwn(r.outputs.digests, p)).map((r) => r.run)
      })
      continue
    }
    const digests: Record<string, string> = {}
    for (const r of runs) digests[`run-${r.run}`] = r.outputs.digests[p] as string
    if (new Set(Object.values(digests)).size > 1) out.differing.push({ path: p, digests })
    else out.identical++
  }
  return out
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/** Turns what was observed into checks. Pure: same facts, same checks. */
export function judgeReplay(f: ReplayFacts): ReportCheck[] {
  const checks: ReportCheck[] = []
  for (const p of f.problems) {
    checks.push({ id: p.id, status: 'failed', message: p.message, remediation: p.remediation })
  }
  const c = f.config
  if (f.problems.length > 0 || c === undefined) return checks
  const inWs = (rel: string): string => (c.workingDirectory ? `${c.workingDirectory}/${rel}` : rel)

  if (f.copy) {
    const cp = f.copy
    const git =
      cp.git === 'copied'
        ? ' including .git'
        : cp.git === 'excluded'
          ? ' without .git (copy_git: false)'
          : cp.git === 'link-file'
            ? ' without .git (a worktree link file, which would lead outside the copy)'
            : ''
    checks.push({
      id: 'replay/copy',
      status: 'passed',
      message: `each run started from a fresh copy of the workspace${git}: ${plural(cp.files, 'file')}, ${plural(cp.links, 'link')} inside it, ${plural(cp.skippedCount, 'entry', 'entries')} left out`
    })
    for (const s of cp.skipped) {
      checks.push({
        id: `replay/copy/${s.path}`,
        status: 'unverified',
        message: `${s.path}: ${s.detail}; it was left out of the copies, so the replay ran without it`,
        location: { file: s.path },
        remediation:
          s.reason === 'link-out'
            ? 'commit the files the link points to, or create the link in the build command itself'
            : s.reason === 'special-file'
              ? 'remove the special file from the workspace before the gate runs'
              : 'make the file readable by the user running the gate',
        unlock: 'a workspace whose files are all readable and stay inside it'
      })
    }
    if (cp.skippedCount > cp.skipped.length) {
      checks.push({
        id: 'replay/copy/more',
        status: 'unverified',
        message: `${cp.skippedCount - cp.skipped.length} more entries were left out of the copies`,
        remediation: 'see the entries listed above; the same remedies apply',
        unlock: 'a workspace whose files are all readable and stay inside it'
      })
    }
  }

  if (f.setupError !== undefined) {
    checks.push({
      id: 'replay/setup',
      status: 'unverified',
      message: `the replay could not run: ${f.setupError}`,
      remediation:
        'give the gate a writable temporary folder with room for copies of the workspace (RUNNER_TEMP or TMPDIR)',
      unlock: 'a writable temporary folder (RUNNER_TEMP or TMPDIR) with room for the workspace'
    })
  }

  const epoch = f.sourceDateEpoch
  const epochNote = epoch ? ` with SOURCE_DATE_EPOCH=${epoch.value} (from ${epoch.from})` : ''
  for (const r of f.runs) checks.push(judgeRun(r, c.command, c.timeoutSeconds, epochNote))

  for (const r of f.runs) {
    for (const u of r.outputs.unreadable) {
      checks.push({
        id: `replay/unreadable/${u.path}/run-${r.run}`,
        status: 'failed',
        message: `${inWs(u.path)} matches the outputs but ${u.detail} after run ${r.run}, so it could not be hashed`,
        location: { file: inWs(u.path) },
        remediation:
          'make the build write regular files inside the working directory, or narrow checks.replay-determinism.outputs'
      })
    }
    if (r.outputs.truncated) {
      checks.push({
        id: `replay/outputs/run-${r.run}`,
        status: 'failed',
        message: `run ${r.run}: the outputs globs matched more files than can be compared; the rest were not hashed`,
        remediation: `narrow checks.replay-determinism.outputs in ${SETTINGS_HINT}`
      })
    }
  }

  if (f.setupError !== undefined || f.runs.length < c.runs) return checks

  const anyMatched = f.runs.some((r) => Object.keys(r.outputs.digests).length > 0)
  if (!anyMatched) {
    checks.push({
      id: 'replay/outputs',
      status: 'failed',
      message: `the outputs globs matched nothing (${c.outputs.join(', ')} in ${c.workingDirectory || 'the repository root'}) in any of ${plural(f.runs.length, 'run')}`,
      remediation: `check that the command writes its outputs there, or fix checks.replay-determinism.outputs in ${SETTINGS_HINT} (globs are relative to working_directory)`
    })
    return checks
  }

  const ok = f.runs.filter((r) => r.exitCode === 0 && !r.timedOut && r.error === undefined)
  if (ok.length < 2) {
    checks.push({
      id: 'replay/identical',
      status: 'failed',
      message: `outputs were not compared: only ${ok.length} of ${plural(f.runs.length, 'run')} succeeded, and a comparison needs two`,
      remediation:
        'make the command succeed in a clean copy of the repository (see the failed runs)'
    })
    return checks
  }
  const cmp = compareOutputs(ok)
  const runsNote = ok.length < f.runs.length ? ` (the ${ok.length} runs that succeeded)` : ''
  let listed = 0
  for (const d of cmp.differing) {
    if (listed++ >= MAX_LISTED_DIFFERENCES) break
    checks.push({
      id: `replay/differs/${inWs(d.path)}`,
      status: 'failed',
      message: `${inWs(d.path)} differs between runs: ${Object.entries(d.digests)
        .map(([run, digest]) => `${run.replace('-', ' ')} ${digest}`)
        .join(', ')}`,
      location: { file: inWs(d.path) },
      remediation:
        'make the build reproducible: derive times from SOURCE_DATE_EPOCH, sort file lists, avoid random ids and absolute paths (see reproducible-builds.org/docs)',
      observed: d.digests
    })
  }
  for (const m of cmp.missing) {
    if (listed++ >= MAX_LISTED_DIFFERENCES) break
    checks.push({
      id: `replay/missing/${inWs(m.path)}`,
      status: 'failed',
      message: `${inWs(m.path)} was written by run ${m.presentIn.join(', ')} but is missing after run ${m.missingIn.join(', ')}`,
      location: { file: inWs(m.path) },
      remediation:
        'make the build write the same set of files every time (no output that depends on state left outside the workspace, time or chance)',
      observed: { present_in: m.presentIn, missing_in: m.missingIn }
    })
  }
  const problems = cmp.differing.length + cmp.missing.length
  const more =
    problems > MAX_LISTED_DIFFERENCES ? ` (the first ${MAX_LISTED_DIFFERENCES} are listed)` : ''
  checks.push({
    id: 'replay/identical',
    status: problems === 0 ? 'passed' : 'failed',
    message:
      problems === 0
        ? `${plural(cmp.identical, 'output')} identical across ${plural(ok.length, 'run')}${runsNote}`
        : `${plural(cmp.differing.length, 'output')} differ and ${plural(cmp.missing.length, 'output')} are missing in some run, ${cmp.identical} identical, across ${plural(ok.length, 'run')}${runsNote}${more}`,
    ...(problems > 0
      ? {
          remediation:
            'fix the outputs listed as differing or missing; rerun `gonogo check replay-determinism` locally to confirm'
        }
      : {}),
    observed: {
      identical: cmp.identical,
      differing: cmp.differing.length,
      missing: cmp.missing.length
    }
  })
  return checks
}

function judgeRun(r: RunFacts, command: string, timeout: number, epochNote: string): ReportCheck {
  const id = `replay/run-${r.run}`
  const tail = r.stderrTail.trim()
  const stderr = tail ? `; stderr ends with: ${tail.slice(-500)}` : ''
  const observed = {
    exit_code: r.exitCode,
    signal: r.signal,
    timed_out: r.timedOut,
    outputs: Object.keys(r.outputs.digests).length
  }
  if (r.error !== undefined) {
    return {
      id,
      status: 'unverified',
      message: `run ${r.run}: /bin/sh could not be started: ${r.error}`,
      remediation: 'run the gate on a runner with a POSIX shell at /bin/sh (ubuntu or macos)',
      unlock: '/bin/sh',
      observed
    }
  }
  if (r.timedOut) {
    return {
      id,
      status: 'failed',
      message: `run ${r.run}: \`${command}\` timed out after ${timeout} s and its process group was killed${stderr}`,
      remediation:
        'raise checks.replay-determinism.timeout_seconds, or make the build finish without network waits or prompts',
      observed
    }
  }
  if (r.exitCode !== 0) {
    const how =
      r.exitCode === null ? `was killed by ${r.signal ?? 'a signal'}` : `exited ${r.exitCode}`
    return {
      id,
      status: 'failed',
      message: `run ${r.run}: \`${command}\` ${how} in a fresh copy of the workspace${stderr}`,
      remediation:
        'make the command succeed from a clean checkout (TZ=UTC, LC_ALL=C, SOURCE_DATE_EPOCH set); it must not rely on files outside the repository',
      observed
    }
  }
  return {
    id,
    status: 'passed',
    message: `run ${r.run}: \`${command}\` exited 0${epochNote}; ${plural(observed.outputs, 'output')} hashed`,
    observed
  }
}
