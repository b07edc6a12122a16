import type { FileVerdict, ParseContext } from '../parsers/verdict.js'
import type { ControlStatus } from '../core/status.js'
import type { ByteBudget } from './byte-budget.js'
import { decodeText, nameInvisibles, type TextSyntax } from '../parsers/decode-text.js'
import type { ReadBytesResult, ReadFailure, Workspace } from './workspace.js'

/** Reads one decoded report file into a verdict (report-json.ts, junit.ts, sarif.ts). */
export type ReportReader = (text: string, ctx: ParseContext) => FileVerdict

const READ_FAILURE_STATUS: Record<ReadFailure, ControlStatus> = {
  missing: 'missing',
  escapes: 'invalid',
  'too-large': 'invalid',
  'not-a-file': 'invalid',
  unreadable: 'invalid'
}

export interface ReportFileOptions {
  /** `xml` for JUnit, `json` for reports and SARIF: how the bytes are decoded. */
  syntax: TextSyntax
  reader: ReportReader
  /** Context for the reader; `file` is set from the path. */
  ctx: Omit<ParseContext, 'file'>
  /** limits.max_report_bytes */
  maxBytes: number
  /** Shared by every read of one gate run: bounds the bytes held at once. */
  budget: ByteBudget
}

/**
 * One report file → its verdict: its bytes are read (holding a share of `budget` from before the
 * file is opened until its text is parsed, so many large files never sit in memory together),
 * decoded by byte-order mark and declaration (decode-text.ts), read by the source's reader, and
 * every invisible character in the messages is named. The text is dropped before this returns:
 * what stays is the verdict (findings capped by the reader).
 *
 * Never throws: a read refusal is `missing`/`invalid` with the workspace's message, bytes that do
 * not decode are `invalid`, and a reader that throws (a bug) is `invalid` naming the file.
 *
 * @param file workspace-relative path
 */
export async function judgeReportFile(
  ws: Workspace,
  file: string,
  o: ReportFileOptions
): Promise<FileVerdict> {
  let release: (() => void) | undefined
  try {
    const read = await ws.readBytes(file, o.maxBytes, {
      reserve: (bytes) => {
        release = o.budget.tryAcquire(bytes)
        return release
          ? undefined
          : o.budget.acquire(bytes).then((r) => {
              release = r
            })
      }
    })
    return judgeRead(read, file, o)
  } catch (e) {
    return cannotBeRead(file, e)
  } finally {
    release?.()
  }
}

/**
 * {@link judgeReportFile} without waiting, for a small regular file whose bytes fit in the budget
 * now (Workspace.readBytesNow): the same verdict, or `undefined` when the file must be read with
 * judgeReportFile (larger, a link, no room in the budget). Spares a gate over thousands of small
 * reports a promise chain per file. Never throws.
 */
export function judgeReportFileNow(
  ws: Workspace,
  file: string,
  o: ReportFileOptions
): FileVerdict | undefined {
  let release: (() => void) | undefined
  try {
    const read = ws.readBytesNow(file, o.maxBytes, (bytes) => {
      release = o.budget.tryAcquire(bytes)
      return release !== undefined
    })
    return read === undefined ? undefined : judgeRead(read, file, o)
  } catch (e) {
    return cannotBeRead(file, e)
  } finally {
    release?.()
  }
}

/** A read's result (a refusal, or the bytes) → the verdict. Never throws. */
function judgeRead(
  read: ReadBytesResult,
  file: string,
  o: Pick<ReportFileOptions, 'syntax' | 'reader' | 'ctx'>
): FileVerdict {
  try {
    if (!read.ok) {
      return {
        status: READ_FAILURE_STATUS[read.reason],
        message: read.message,
        findings: [],
        summary: {}
      }
    }
    const decoded = decodeText(read.data, o.syntax)
    if (!decoded.ok) return refused(file, decoded.message)
    let verdict: FileVerdict
    try {
      verdict = o.reader(decoded.text, { ...o.ctx, file })
    } catch (e) {
      const why = e instanceof Error ? `${e.name}: ${e.message}` : String(e)
      return refused(
        file,
        `could not be read (${why.slice(0, 200)}); this is a gonogo bug, please report it with the file`
      )
    }
    return withNamedInvisibles(verdict)
  } catch (e) {
    return cannotBeRead(file, e)
  }
}

/** An I/O failure the workspace did not report as a refusal. */
function cannotBeRead(file: string, e: unknown): FileVerdict {
  const why = e instanceof Error ? e.message : String(e)
  return refused(file, `cannot be read (${why.slice(0, 200)})`)
}

function refused(file: string, why: string): FileVerdict {
  return {
    status: 'invalid',
    message: `${file}: ${nameInvisibles(why)}`,
    findings: [],
    summary: {}
  }
}

const ANY_INVISIBLE = /[^\x20-\x7E\t\n\r]/

/** The verdict with every invisible character in its message and findings named. */
function withNamedInvisibles(v: FileVerdict): FileVerdict {
  const clean = (s: string): string => (ANY_INVISIBLE.test(s) ? nameInvisibles(s) : s)
  // Only what holds an invisible character is copied; most verdicts come back as they are.
  const findings = v.findings.map((f) =>
    ANY_INVISIBLE.test(f.id) || ANY_INVISIBLE.test(f.message)
      ? { ...f, id: clean(f.id), message: clean(f.message) }
      : f
  )
  const message = clean(v.message)
  return message === v.message && findings.every((f, i) => f === v.findings[i])
    ? v
    : { ...v, message, findings }
}
