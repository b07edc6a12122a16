// One workflow model (src/workflow/model.ts): check-names, workflow-lint and policy-freshness
// must see the same files as readable or not, the same jobs, and the same job names, for every
// workflow fixture in the suite. Three readers that disagreed is what issue 12 was about.
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { deriveCheckNames } from '../src/checks/check-names.js'
import { parseWorkflow as freshnessRead } from '../src/checks/policy-freshness/judge.js'
import { walkWorkflows } from '../src/checks/workflow-lint/walk.js'
import { readWorkflowModel } from '../src/workflow/model.js'
import type { WorkflowFile } from '../src/workflow/parse.js'

const FIXTURES = path.resolve('__tests__/fixtures')

/** Folders of workflow files: a workspace's `.github/workflows`, or a flat folder of them. */
function workflowFolders(dir: string, out: string[] = []): string[] {
  const entries = readdirSync(dir)
  if (entries.some((e) => /\.ya?ml$/.test(e) && e !== 'gonogo.yml' && !/^action\.ya?ml$/.test(e)))
    if (dir.endsWith(path.join('.github', 'workflows')) || dir.endsWith('workflow-lint'))
      out.push(dir)
  for (const e of entries) {
    const p = path.join(dir, e)
    if (statSync(p).isDirectory()) workflowFolders(p, out)
  }
  return out
}

function filesIn(dir: string): WorkflowFile[] {
  const rel = dir.endsWith(path.join('.github', 'workflows')) ? '.github/workflows' : 'wf'
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f) && statSync(path.join(dir, f)).isFile())
    .sort()
    .map((f) => ({ path: `${rel}/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }))
}

const folders = workflowFolders(FIXTURES)

describe('every workflow fixture is seen alike by check-names, workflow-lint and policy-freshness', () => {
  test('there are fixtures to compare', () => {
    expect(folders.length).toBeGreaterThanOrEqual(5)
  })

  test.each(folders.map((f) => [path.relative(FIXTURES, f), f]))('%s', (_name, dir) => {
    const files = filesIn(dir)
    const names = deriveCheckNames(files)
    const models = files.map((f) => ({ f, r: readWorkflowModel(f) }))
    const walk = walkWorkflows(
      models.map(({ f, r }) => (r.ok ? { file: f.path, model: r.model } : { file: f.path })),
      new Map()
    )
    let compared = 0
    for (const { f, r } of models) {
      const fresh = freshnessRead(f)
      // Readable or not: one answer.
      expect({ file: f.path, readable: fresh.ok }).toEqual({ file: f.path, readable: r.ok })
      const namesUnreadable = names.unresolved.some((u) => u.workflow === f.path && u.job === '')
      expect({ file: f.path, unreadable: namesUnreadable }).toEqual({
        file: f.path,
        unreadable: !r.ok
      })
      if (!r.ok || !fresh.ok) continue
      const jobs = r.model.jobs.map((j) => j.id)
      compared += jobs.length
      // policy-freshness: the same jobs, in the same order.
      expect(fresh.jobs.map((j) => j.id)).toEqual(jobs)
      // workflow-lint: every job, as a root (aliases included).
      const linted = walk.jobs.filter((s) => s.file === f.path && s.chain.length === 0)
      expect([...new Set(linted.map((s) => s.job.id))].sort()).toEqual([...jobs].sort())
      // check-names: every job of a workflow that runs on its own makes checks or is unresolved.
      if (r.model.callableOnly) continue
      const named = new Set([
        ...names.checks.filter((c) => c.workflow === f.path).map((c) => c.job),
        ...names.unresolved.filter((u) => u.workflow === f.path).map((u) => u.job)
      ])
      expect([...named].sort()).toEqual([...jobs].sort())
      // The same `name:` for each job where it has no expression: check names start with it.
      for (const j of r.model.jobs) {
        if (typeof j.name !== 'string' || j.uses) continue
        const made = names.checks.filter((c) => c.workflow === f.path && c.job === j.id)
        for (const c of made) expect(c.name.startsWith(j.name.slice(0, 97))).toBe(true)
      }
    }
    expect(compared).toBeGreaterThan(0)
  })
})
