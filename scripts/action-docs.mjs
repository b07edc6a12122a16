// Generates the inputs and outputs tables of each action's README from its action.yml, between
// <!-- action-docs:inputs --> / <!-- action-docs:outputs --> markers and their closing markers.
//   node scripts/action-docs.mjs --write [dir...]   rewrite the READMEs
//   node scripts/action-docs.mjs --check [dir...]   exit 1 when a README has drifted
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

const DEFAULT_DIRS = ['action-gate', 'action-ruleset-verify', 'action-release-bundle']

const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
    .trim()

export function tables(actionYml) {
  const a = parse(actionYml)
  const inputs = Object.entries(a.inputs ?? {}).map(
    ([name, i]) =>
      `| \`${name}\` | ${cell(i.description)} | ${i.required ? 'yes' : 'no'} | ${i.default === undefined || i.default === '' ? '' : `\`${cell(i.default)}\``} |`
  )
  const outputs = Object.entries(a.outputs ?? {}).map(
    ([name, o]) => `| \`${name}\` | ${cell(o.description)} |`
  )
  return {
    inputs: ['| Input | Description | Required | Default |', '|---|---|---|---|', ...inputs].join(
      '\n'
    ),
    outputs: ['| Output | Description |', '|---|---|', ...outputs].join('\n')
  }
}

export function applyTables(readme, t, file) {
  let out = readme
  for (const kind of ['inputs', 'outputs']) {
    const open = `<!-- action-docs:${kind} -->`
    const close = `<!-- /action-docs:${kind} -->`
    const start = out.indexOf(open)
    const end = out.indexOf(close)
    if (start < 0 || end < start) throw new Error(`${file}: missing ${open} … ${close} markers`)
    // prettier would realign the table; the generated text is canonical as it is.
    out = `${out.slice(0, start + open.length)}\n<!-- prettier-ignore-start -->\n${t[kind]}\n<!-- prettier-ignore-end -->\n${out.slice(end)}`
  }
  return out
}

const mode = process.argv[2]
if (mode === '--write' || mode === '--check') {
  const dirs = process.argv.length > 3 ? process.argv.slice(3) : DEFAULT_DIRS
  let drift = 0
  for (const dir of dirs) {
    const readmePath = path.join(dir, 'README.md')
    const readme = readFileSync(readmePath, 'utf8')
    const next = applyTables(
      readme,
      tables(readFileSync(path.join(dir, 'action.yml'), 'utf8')),
      readmePath
    )
    if (next === readme) continue
    if (mode === '--write') writeFileSync(readmePath, next)
    else {
      drift++
      console.error(
        `${readmePath}: inputs/outputs tables differ from ${dir}/action.yml; run npm run docs`
      )
    }
  }
  process.exitCode = drift > 0 ? 1 : 0
}
