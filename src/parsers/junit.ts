import { MAX_FINDINGS_PER_CONTROL, type Finding } from '../core/evidence.js'
import { nameInvisibles } from './decode-text.js'
import { invalid, type FileVerdict, type ParseContext, type TestTally } from './verdict.js'
import { BINARY_HINT, scanXml, type XmlHandler } from './xml-scan.js'

/**
 * Reads one JUnit XML file: `<testsuites>` or `<testsuite>` at the root, suites nested at any
 * depth, as the common tools write it (the Ant/Jenkins JUnit schema, Maven Surefire's
 * surefire-test-report-3.0.xsd, pytest, Go's gotestsum, jest-junit, mocha, vitest).
 *
 * - A test case with `<failure>` or `<error>` failed (`<rerunFailure>`/`<rerunError>` beside it:
 *   it failed on every rerun too). One with `<flakyFailure>`/`<flakyError>` and neither passed
 *   on a rerun: it is flaky, counted as passed and named in the message (Surefire's
 *   rerunFailingTestsCount). `<skipped>`, or Google Test's `status="notrun"` /
 *   `result="skipped|suppressed"`, did not run.
 * - Counts at every level: the `failures` + `errors` a `<testsuites>` or `<testsuite>` declares
 *   must be accounted for by the failure, error, flaky and rerun elements inside it (Surefire's
 *   totals count reruns, SUREFIRE-1627); what no element accounts for fails the file (gotestsum
 *   writes a package that did not build only as `<testsuites errors="1">`,
 *   gotestyourself/gotestsum#475). A `tests` total larger than the listed cases is not a failure
 *   (mocha-junit-reporter leaves pending tests out by default).
 * - A suite of totals only (no test case, no nested suite, nothing but properties and output)
 *   counts by its totals; the outermost `tests` and `skipped` bound how many tests ran.
 * - A test case without a `name` (the schema requires one) fails the file: pytest writes one,
 *   `<testcase time="0.000" />`, for the test it was running when the run was interrupted
 *   (KeyboardInterrupt, pytest.exit; SAP/InfraBox#302), and the tests after it never ran.
 * - A file in which no test ran fails, with {@link FileVerdict.tests} set so that a source of
 *   several files can judge "no test ran" over all of them ({@link judgeTogether}).
 *
 * Never throws: malformed XML, a DOCTYPE entity (never expanded, never fetched), a count that is
 * not a number or an unexpected error is an `invalid` verdict naming the file, line and fix.
 *
 * Limits (xml-scan.ts): the file must be well-formed XML 1.0 with exactly one root element (a
 * second root, as two concatenated reports have, is invalid); a DOCTYPE is read past and never
 * processed (an entity it declares is refused, never expanded); elements nested deeper than
 * MAX_XML_DEPTH (256) are refused. The file's size is bounded before it is read
 * (`limits.max_report_bytes`, src/io/report-file.ts).
 *
 * @param text the decoded file (see `decodeText` in src/parsers/decode-text.ts)
 * @param ctx `file` names the file in messages
 */
export function readJunit(text: string, ctx: ParseContext): FileVerdict {
  try {
    return read(text, ctx.file)
  } catch (e) {
    const why = nameInvisibles(e instanceof Error ? e.message : String(e)).slice(0, 200)
    return invalid(
      ctx.file,
      `could not be read (${why}); this is a gonogo bug, please report it with the file`
    )
  }
}

/**
 * Judges "no test ran" over all the files of one source: a file that failed only because none
 * of its tests ran (a per-class file of skipped tests, an empty suite) passes when a test ran in
 * another file of the source. Every other verdict is kept as it is.
 *
 * @param verdicts the source's file verdicts, in file order
 * @returns the verdicts in the same order
 */
export function judgeTogether(verdicts: readonly FileVerdict[]): FileVerdict[] {
  if (!verdicts.some((v) => (v.tests?.ran ?? 0) > 0)) return [...verdicts]
  return verdicts.map((v) => {
    const t = v.tests
    if (!t || v.status !== 'failed' || t.failed > 0 || t.ran > 0) return v
    return {
      ...v,
      status: 'passed',
      message: `${t.file}: no test ran in this file (${t.tests} tests, ${t.skipped} skipped); tests ran in other files of this source`
    }
  })
}

const MAX_DETAIL = 300
/** Suite paths in finding ids keep their innermost characters (suites nested very deep). */
const MAX_PATH = 500
const MAX_FLAKY_NAMED = 5
const PROBLEMS = new Set(['failure', 'error'])
const FLAKY = new Set(['flakyFailure', 'flakyError'])
const RERUNS = new Set(['rerunFailure', 'rerunError'])
/** What a suite of totals only may hold besides whitespace (the JUnit schema's suite parts). */
const SUITE_PARTS = new Set(['properties', 'system-out', 'system-err'])

interface Declared {
  tests?: number
  failures?: number
  errors?: number
  skipped?: number
  disabled?: number
}

interface SuiteFrame {
  kind: 'suite'
  element: 'testsuites' | 'testsuite'
  /** Suite names from the outermost `<testsuite>`, joined by › (ids of findings). */
  path: string
  line: number
  declared: Declared
  /** Failures + errors the elements inside account for (nested suites by what they report). */
  explained: number
  childSuites: number
  cases: number
  /** Test cases in it that ran, nested suites included (those of totals only by their totals). */
  ran: number
  /**
   * Holds text or an element that is not a suite, test case, properties or output: its totals
   * are not trusted for tests that ran (a file cut or mangled where a test case stood).
   */
  opaque: boolean
  /**
   * Test cases of this suite that failed, by id, with where their finding went: a later passing
   * run of the same test (gotestsum --rerun-fails writes each run as its own <testcase>) makes
   * the earlier failure a flaky run.
   */
  failedRuns?: Map<string, { type: 'failure' | 'error'; finding?: Finding }>
  /**
   * Written by gotestsum (a `go.version` property): only there is a second <testcase> of the
   * same name a rerun; elsewhere two same-named cases are two tests (jest test.each titles,
   * parameterised JUnit 5 tests in older Surefire), and a failure stands.
   */
  goTest?: boolean
}

interface CaseFrame {
  kind: 'case'
  id: string
  name: string
  suite: SuiteFrame
  problem?: { type: 'failure' | 'error'; detail: string }
  skipped: boolean
  flakyRuns: number
  reruns: number
  location?: { file: string; line?: number }
  /** Written without a `name` (an interrupted pytest run's last test). */
  nameless?: true
}

interface ProblemFrame {
  kind: 'problem'
  type: 'failure' | 'error'
  owner: CaseFrame | SuiteFrame
  message: string
  text: string
}

/** An element whose content is ignored (flaky and rerun details, skipped, anything unknown). */
interface OtherFrame {
  kind: 'other'
  /** Inside a failure, error, flaky, rerun or skipped element: nothing in it counts. */
  inert: boolean
}

type Frame = SuiteFrame | CaseFrame | ProblemFrame | OtherFrame

const INERT: OtherFrame = { kind: 'other', inert: true }
const OTHER: OtherFrame = { kind: 'other', inert: false }

class JunitWalker implements XmlHandler {
  readonly frames: Frame[] = []
  root: string | undefined
  badCount: string | undefined
  cases = 0
  failed = 0
  errored = 0
  skipped = 0
  flakyNames: string[] = []
  suiteProblems = { failure: 0, error: 0 }
  /** Suite totals of leaf suites (files of suite totals only). */
  totals = { tests: 0, failures: 0, errors: 0, skipped: 0 }
  /** Declared failures + errors no element accounts for (suites of totals only aside). */
  unaccounted = 0
  firstUnaccounted: string | undefined
  rootRan = 0
  /** Test cases without a `name` (the schema requires one), where the first one is, and how many of them passed. */
  nameless = 0
  firstNamelessLine: number | undefined
  namelessPassed = 0
  findings: Finding[] = []
  findingsOmitted = 0

  private top(): Frame | undefined {
    return this.frames[this.frames.length - 1]
  }

  /** The open suites and test cases with their depth in `frames`: nearest ones in O(1). */
  private readonly openSuites: { frame: SuiteFrame; depth: number }[] = []
  private readonly openCases: { frame: CaseFrame; depth: number }[] = []

  private nearestSuite(): SuiteFrame | undefined {
    return this.openSuites[this.openSuites.length - 1]?.frame
  }

  /** The innermost open test case, unless a suite opened inside it. */
  private nearestCase(): CaseFrame | undefined {
    const c = this.openCases[this.openCases.length - 1]
    const s = this.openSuites[this.openSuites.length - 1]
    return c && (!s || c.depth > s.depth) ? c.frame : undefined
  }

  private addFinding(f: Finding): void {
    if (this.findings.length < MAX_FINDINGS_PER_CONTROL) this.findings.push(f)
    else this.findingsOmitted++
  }

  open(name: string, attributes: ReadonlyMap<string, string>, line: number): void {
    const top = this.top()
    if (top === undefined) {
      this.root = name
      if (name !== 'testsuites' && name !== 'testsuite') {
        this.frames.push(INERT)
        return
      }
    }
    if (top?.kind === 'problem' || (top?.kind === 'other' && top.inert)) {
      this.frames.push(INERT)
      return
    }
    if (name === 'testsuite' || name === 'testsuites') {
      const parent = this.nearestSuite()
      const own = name === 'testsuite' ? nameInvisibles(attributes.get('name') ?? '') : ''
      const joined = parent?.path && own ? `${parent.path} › ${own}` : (parent?.path ?? '') || own
      const path = joined.length > MAX_PATH ? `…${joined.slice(-MAX_PATH)}` : joined
      const frame: SuiteFrame = {
        kind: 'suite',
        element: name,
        path,
        line,
        declared: this.declared(name, attributes, line),
        explained: 0,
        childSuites: 0,
        cases: 0,
        ran: 0,
        opaque: false
      }
      this.openSuites.push({ frame, depth: this.frames.length })
      this.frames.push(frame)
    } else if (name === 'testcase') {
      const suite = this.nearestSuite()
      if (!suite) {
        this.frames.push(OTHER)
        return
      }
      const nameless = attributes.get('name') === undefined
      if (nameless) {
        this.nameless++
        this.firstNamelessLine ??= line
      }
      const caseName = nameInvisibles(
        [attributes.get('classname'), attributes.get('name')]
          .filter(Boolean)
          .join('.')
          .slice(0, MAX_PATH)
      )
      const status = attributes.get('status')?.toLowerCase()
      const result = attributes.get('result')?.toLowerCase()
      const frame: CaseFrame = {
        kind: 'case',
        id: suite.path ? `${suite.path} › ${caseName}` : caseName,
        name: caseName,
        suite,
        // Google Test writes tests that did not run with status/result attributes only.
        skipped:
          status === 'notrun' ||
          status === 'disabled' ||
          status === 'skipped' ||
          result === 'skipped' ||
          result === 'suppressed',
        flakyRuns: 0,
        reruns: 0,
        ...(nameless ? { nameless: true as const } : {})
      }
      const file = attributes.get('file')
      const at = Number(attributes.get('line'))
      if (file) frame.location = Number.isInteger(at) && at > 0 ? { file, line: at } : { file }
      this.openCases.push({ frame, depth: this.frames.length })
      this.frames.push(frame)
    } else if (PROBLEMS.has(name)) {
      const owner = this.nearestCase() ?? this.nearestSuite()
      if (!owner) {
        this.frames.push(INERT)
        return
      }
      this.frames.push({
        kind: 'problem',
        type: name === 'failure' ? 'failure' : 'error',
        owner,
        message: attributes.get('message') ?? '',
        text: ''
      })
    } else if (FLAKY.has(name) || RERUNS.has(name) || name === 'skipped') {
      const c = this.nearestCase()
      if (c) {
        if (name === 'skipped') c.skipped = true
        else if (FLAKY.has(name)) c.flakyRuns++
        else c.reruns++
      }
      this.frames.push(INERT)
    } else {
      if (top?.kind === 'suite' && !SUITE_PARTS.has(name)) top.opaque = true
      // gotestsum records the Go toolchain in each suite's properties: its reruns are trusted.
      if (name === 'property' && attributes.get('name') === 'go.version') {
        const suite = this.nearestSuite()
        if (suite) suite.goTest = true
      }
      this.frames.push(OTHER)
    }
  }

  private declared(
    element: string,
    attributes: ReadonlyMap<string, string>,
    line: number
  ): Declared {
    const out: Declared = {}
    for (const key of ['tests', 'failures', 'errors', 'skipped', 'disabled'] as const) {
      const raw = attributes.get(key)
      if (raw === undefined || raw.trim() === '') continue
      if (!/^\s*\d{1,15}\s*$/.test(raw)) {
        this.badCount ??= `${key}="${nameInvisibles(raw).slice(0, 40)}" on <${element}> at line ${line} is not a count (a whole number); fix the tool or step that wrote the file`
        continue
      }
      out[key] = Number(raw)
    }
    return out
  }

  close(): void {
    const frame = this.frames.pop()
    if (!frame) return
    if (frame.kind === 'problem') this.closeProblem(frame)
    else if (frame.kind === 'case') {
      this.openCases.pop()
      this.closeCase(frame)
    } else if (frame.kind === 'suite') {
      this.openSuites.pop()
      this.closeSuite(frame)
    }
  }

  wantsText(): boolean {
    const top = this.top()
    if (top?.kind === 'suite') return !top.opaque
    return top?.kind === 'problem' && top.message.trim() === '' && top.text.length < 2000
  }

  text(chunk: string): void {
    const top = this.top()
    if (top?.kind === 'problem') top.text += chunk
    else if (top?.kind === 'suite' && chunk.trim() !== '') top.opaque = true
  }

  private closeProblem(p: ProblemFrame): void {
    const detail = firstLine(p.message) || firstLine(p.text)
    if (p.owner.kind === 'case') {
      const c = p.owner
      if (!c.problem) c.problem = { type: p.type, detail }
      else if (c.problem.type === 'error' && p.type === 'failure')
        c.problem = { type: 'failure', detail: c.problem.detail || detail }
      return
    }
    // A failure or error outside any test case (a suite that failed to set up or to load).
    const suite = p.owner
    this.suiteProblems[p.type]++
    suite.explained++
    this.addFinding({
      id: suite.path || `<${suite.element}>`,
      status: 'failed',
      message: `${p.type === 'failure' ? 'failed' : 'errored'} outside any test case${detail ? `: ${detail}` : ''}`
    })
  }

  private closeCase(c: CaseFrame): void {
    this.cases++
    c.suite.cases++
    c.suite.explained += c.flakyRuns + c.reruns
    if (c.problem || c.reruns > 0) {
      c.suite.ran++
      const type = c.problem?.type ?? 'failure'
      if (type === 'failure') this.failed++
      else this.errored++
      if (c.problem) c.suite.explained++
      const verb = type === 'failure' ? 'failed' : 'errored'
      const how =
        c.reruns > 0
          ? c.problem
            ? `${verb} on every run (${c.reruns} reruns)`
            : `${verb} on ${c.reruns} reruns, with no final result`
          : verb
      const detail = c.problem?.detail ?? ''
      const f: Finding = {
        id: c.id || `testcase ${this.cases}`,
        status: 'failed',
        message: `${how}${detail ? `: ${detail}` : ''}`
      }
      if (c.location) f.location = c.location
      this.addFinding(f)
      if (c.problem && c.reruns === 0 && c.id && c.suite.goTest) {
        c.suite.failedRuns ??= new Map()
        const kept = this.findings[this.findings.length - 1] === f ? f : undefined
        c.suite.failedRuns.set(c.id, { type, ...(kept ? { finding: kept } : {}) })
      }
    } else if (c.skipped) {
      this.skipped++
    } else {
      c.suite.ran++
      if (c.nameless) this.namelessPassed++
      const earlier = c.id ? c.suite.failedRuns?.get(c.id) : undefined
      if (earlier) {
        // Failed, then passed on a rerun of the same test in the same suite: flaky, not failed
        // (gotestsum --rerun-fails; gotestyourself/gotestsum#281: the run passes).
        c.suite.failedRuns?.delete(c.id)
        if (earlier.type === 'failure') this.failed--
        else this.errored--
        const at = earlier.finding ? this.findings.indexOf(earlier.finding) : -1
        if (at >= 0) this.findings.splice(at, 1)
        this.flakyNames.push(c.name || c.id)
      } else if (c.flakyRuns > 0) this.flakyNames.push(c.name || c.id)
    }
  }

  private closeSuite(s: SuiteFrame): void {
    const d = s.declared
    const declaredProblems = (d.failures ?? 0) + (d.errors ?? 0)
    const notRun = (d.skipped ?? 0) + (d.disabled ?? 0)
    const parent = this.nearestSuite()
    // A suite of totals only: no test case, no nested suite, no failure element of its own.
    const leaf =
      s.element === 'testsuite' && s.childSuites === 0 && s.cases === 0 && s.explained === 0
    let ran = s.ran
    if (leaf) {
      // Some reporters write only a suite's totals: they are all there is to judge it by. Its
      // failures always count; its tests only when nothing else stands in the suite.
      this.totals.failures += d.failures ?? 0
      this.totals.errors += d.errors ?? 0
      if (!s.opaque) {
        this.totals.tests += d.tests ?? 0
        this.totals.skipped += notRun
        ran = Math.max(0, (d.tests ?? 0) - notRun)
      }
    } else if (!parent && d.tests !== undefined) {
      // The outermost totals bound what ran: mocha-junit-reporter leaves pending tests out of
      // the file and counts them only in <testsuites skipped="…">.
      ran = Math.min(ran, Math.max(0, d.tests - notRun))
    }
    const unaccounted = declaredProblems - s.explained
    if (unaccounted > 0) {
      if (leaf) {
        this.addFinding({
          id: s.path || 'testsuite',
          status: 'failed',
          message: `${d.failures ?? 0} failed and ${d.errors ?? 0} errored (suite totals; no test cases listed)`
        })
      } else {
        this.unaccounted += unaccounted
        const said = `<${s.element}>${s.path ? ` "${s.path}"` : ''} on line ${s.line} says ${countsSaid(d)}`
        this.firstUnaccounted ??= said
        this.addFinding({
          id: s.path || `<${s.element}>`,
          status: 'failed',
          message:
            s.explained === 0
              ? `${said}, but no failure or error element accounts for ${unaccounted === 1 ? 'it' : 'them'}: ${unaccounted} failed or errored outside any listed test (e.g. a package that did not build)`
              : `${said}, but the elements inside account for only ${s.explained}: ${unaccounted} more failed or errored outside any listed test (e.g. a package that did not build)`
        })
      }
    }
    if (parent) {
      parent.explained += Math.max(declaredProblems, s.explained)
      parent.childSuites++
      parent.ran += ran
    } else {
      this.rootRan = ran
    }
  }
}

function countsSaid(d: Declared): string {
  const parts: string[] = []
  for (const key of ['tests', 'failures', 'errors'] as const) {
    const v = d[key]
    if (v !== undefined) parts.push(`${key}="${v}"`)
  }
  return parts.join(' ')
}

function firstLine(s: string): string {
  for (const line of s.split('\n')) {
    const t = line.trim()
    if (t) return nameInvisibles(t.slice(0, MAX_DETAIL))
  }
  return ''
}

function read(text: string, file: string): FileVerdict {
  const w = new JunitWalker()
  const scan = scanXml(text, w)
  if (!scan.ok) {
    const where = `line ${scan.line}, column ${scan.column}`
    const message = nameInvisibles(scan.message)
    if (message.endsWith(BINARY_HINT)) {
      const what = message.slice(0, -BINARY_HINT.length)
      return invalid(file, `binary data, not JUnit XML (${what} at ${where})`)
    }
    return invalid(
      file,
      scan.refused
        ? `cannot be read safely at ${where}: ${message}`
        : `not well-formed XML at ${where}: ${message}`
    )
  }
  if (w.root !== 'testsuites' && w.root !== 'testsuite') {
    return invalid(
      file,
      `not JUnit XML: the root element is <${nameInvisibles(w.root ?? 'none')}>, expected <testsuites> or <testsuite>`
    )
  }
  // A total that is not a count makes the file unreadable, unless the file fails anyway (mocha's
  // xunit reporter writes skipped="-2" when hooks fail): then its failures stand.
  if (w.badCount && w.failed + w.errored + w.suiteProblems.failure + w.suiteProblems.error === 0)
    return invalid(file, w.badCount)
  const ignored = w.badCount ? `; ${w.badCount.replace(/; fix the tool.*$/, '')} (not counted)` : ''

  // Listed test cases, plus suites of totals only by their totals.
  const failures = w.failed + w.totals.failures + w.suiteProblems.failure
  const errors = w.errored + w.totals.errors + w.suiteProblems.error
  const tests = w.cases + w.totals.tests
  const ran = w.rootRan
  // Totals only: what did not run by the outer totals (mocha-junit-reporter counts pending tests
  // in <testsuites skipped="…"> but not in their suites) counts as skipped too.
  const skipped = Math.max(w.skipped + w.totals.skipped, tests - ran)
  const extra = w.unaccounted
  const failed = failures + errors + extra
  const tally: TestTally = { file, tests, skipped, ran, failed: failed + w.nameless }
  const summary: Record<string, number> = { tests, failures, errors, skipped }
  if (w.flakyNames.length > 0) summary.flaky = w.flakyNames.length
  if (extra > 0) summary.unaccounted = extra
  const flaky = flakySuffix(w.flakyNames)
  const base = { findings: w.findings, summary, tests: tally }
  const omitted = w.findingsOmitted > 0 ? { findingsOmitted: w.findingsOmitted } : {}

  if (failed > 0) {
    const counted = failures + errors > 0
    const message = counted
      ? `${file}: ${failures} failed and ${errors} errored of ${tests} tests${extra > 0 ? `; and ${w.firstUnaccounted ?? 'a suite'}: ${extra} more than the elements show` : ''}${flaky}${ignored}`
      : `${file}: ${w.firstUnaccounted ?? 'a suite'}, but no <failure> or <error> element accounts for ${extra === 1 ? 'it' : `${extra} of them`}: something failed outside any listed test (e.g. a package that did not build or a suite that did not load); ${ran} listed tests passed. Fix what the test tool's log reports${flaky}`
    return { status: 'failed', message, ...base, ...omitted }
  }
  if (w.nameless > 0) {
    return {
      status: 'failed',
      message: `${file}: the <testcase> at line ${w.firstNamelessLine ?? 0}${w.nameless > 1 ? ` and ${w.nameless - 1} more` : ''} has no name: the run stopped while a test ran (pytest writes this when interrupted by KeyboardInterrupt or pytest.exit), so the run did not finish; ${Math.max(0, ran - w.namelessPassed)} named tests passed. Re-run the tests to the end${flaky}`,
      ...base,
      findings: []
    }
  }
  if (ran <= 0) {
    return {
      status: 'failed',
      message: `${file}: no test ran (${tests} tests, ${skipped} skipped); a run without tests proves nothing`,
      ...base,
      findings: []
    }
  }
  return {
    status: 'passed',
    message: `${file}: ${ran} tests passed${skipped > 0 ? `, ${skipped} skipped` : ''}${flaky}`,
    ...base,
    findings: []
  }
}

function flakySuffix(names: readonly string[]): string {
  if (names.length === 0) return ''
  const shown = names.slice(0, MAX_FLAKY_NAMED).join(', ')
  const more = names.length > MAX_FLAKY_NAMED ? `, and ${names.length - MAX_FLAKY_NAMED} more` : ''
  return `; ${names.length} flaky (passed on rerun): ${shown}${more}`
}
