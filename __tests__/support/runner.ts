import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parse } from 'yaml'

/** Node 24 from the `node` devDependency: the runtime `runs.using: node24` gives users. */
export function node24(): string {
  const local = path.resolve('node_modules/node/bin/node')
  return existsSync(local) ? local : process.execPath
}

export interface RunResult {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** The inputs the runner would set from action.yml's defaults, as INPUT_* variables. */
export function defaultInputs(
  actionYml: string,
  overrides: Record<string, string>
): Record<string, string> {
  const action = parse(readFileSync(actionYml, 'utf8')) as {
    inputs?: Record<string, { default?: string }>
  }
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const value =
      overrides[name] ??
      (spec.default === '${{ github.token }}' ? 'ghs_faketoken' : (spec.default ?? ''))
    env[`INPUT_${name.toUpperCase()}`] = value
  }
  for (const name of Object.keys(overrides)) {
    if (!(name in (action.inputs ?? {})))
      throw new Error(`input '${name}' is not declared in ${actionYml}`)
  }
  return env
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM` … `DELIM`, or `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string]
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i] ?? '')
      out[name] = value.join('\n')
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return out
}

/** Spawns a bundled action the way the runner does and collects what it wrote. */
export async function runAction(
  entry: string,
  env: Record<string, string>,
  timeoutMs = 60_000
): Promise<RunResult> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'gonogo-runner-'))
  const outputFile = path.join(tmp, 'output')
  const summaryFile = path.join(tmp, 'summary')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const child = spawn(node24(), [path.resolve(entry)], {
    cwd: env.GITHUB_WORKSPACE ?? process.cwd(),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tmp,
      RUNNER_TEMP: tmp,
      RUNNER_OS: 'Linux',
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${entry} did not finish within ${timeoutMs} ms\n${stdout}\n${stderr}`))
    }, timeoutMs)
    child.on('close', (c) => {
      clearTimeout(timer)
      resolve(c ?? -1)
    })
  })
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8')
  }
}
