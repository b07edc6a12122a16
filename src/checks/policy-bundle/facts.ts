import type { RegoModule } from './rego.js'

/** What the gatherer observed about the declared bundles: plain data, no I/O handles. */

/** Data files OPA loads from a bundle. */
export const DATA_FILE = /(^|\/)data\.(json|ya?ml)$/

/** Files whose change makes a new bundle revision: modules, data, compiled Wasm. */
export function isPolicyFile(file: string): boolean {
  return file.endsWith('.rego') || DATA_FILE.test(file) || file.endsWith('.wasm')
}

export interface ModuleFact {
  /** Workspace-relative path. */
  file: string
  mod: RegoModule
}

export interface DataFact {
  file: string
  /** Why the file does not parse, with its line when known. */
  error?: { message: string; line?: number }
}

export interface FileProblem {
  file: string
  message: string
}

export type ManifestFact =
  { ok: true; text: string } | { ok: false; missing: boolean; message: string }

export interface ChangedFile {
  /** Workspace-relative path. */
  file: string
  status: 'added' | 'modified' | 'deleted'
}

export type BaseFacts =
  | { kind: 'unavailable'; message: string; unlock: string }
  | {
      kind: 'compared'
      /** The ref that resolved, e.g. origin/main. */
      ref: string
      sha: string
      /** Policy files (.rego, data files, .wasm) changed between the merge base and HEAD. */
      changed: ChangedFile[]
      /** The base's `.manifest` text, undefined when the bundle had none there. */
      baseManifest?: string
      /** Base versions of the changed .rego files that existed there. */
      baseModules: ModuleFact[]
    }

export type OpaFacts =
  | { kind: 'skipped'; message: string; remediation: string }
  | { kind: 'missing' }
  | { kind: 'timeout'; seconds: number }
  | {
      kind: 'ran'
      exitCode: number
      /** Line coverage in percent from the JSON coverage report, when one was printed. */
      coverage?: number
      /** Least-covered files (workspace-relative), lowest first, at most five. */
      lowest: { file: string; coverage: number }[]
      /** First lines of stderr (compile errors name file:line). */
      stderr: string
    }

export interface BundleFacts {
  /** As declared (normalised). */
  path: string
  /** Why the bundle folder cannot be read; undefined when it is a folder inside the workspace. */
  dirProblem?: { message: string; remediation: string }
  manifest: ManifestFact
  /** Sorted by file. */
  modules: ModuleFact[]
  /** Sorted by file. */
  dataFiles: DataFact[]
  /** Files refused: outside the workspace, binary, too large, unreadable. Sorted by file. */
  unreadable: FileProblem[]
  /** More files than max_files. */
  truncated: boolean
  base: BaseFacts
  opa: OpaFacts
}

export interface PolicyBundleFacts {
  bundles: BundleFacts[]
}
