// Loads the test-support GitHub fake (TypeScript) for benchmarks: each file is transpiled with
// the project's TypeScript into .bench/support/ and imported from there.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export async function loadFake(root) {
  const out = path.join(root, '.bench/support')
  mkdirSync(out, { recursive: true })
  for (const f of [
    'openapi.ts',
    'github-fake.ts',
    'rules-fixtures.ts',
    'actions-fixtures.ts',
    'deployment-fixtures.ts'
  ]) {
    const src = readFileSync(path.join(root, '__tests__/support', f), 'utf8')
    const js = ts.transpileModule(src, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
    }).outputText
    writeFileSync(path.join(out, f.replace(/\.ts$/, '.js')), js)
  }
  return {
    fake: await import(path.join(out, 'github-fake.js')),
    rules: await import(path.join(out, 'rules-fixtures.js')),
    actions: await import(path.join(out, 'actions-fixtures.js')),
    deployments: await import(path.join(out, 'deployment-fixtures.js'))
  }
}
