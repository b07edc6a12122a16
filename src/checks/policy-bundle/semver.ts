import type { BumpLevel } from './settings.js'

/** Semantic versions as bundle revisions (`1.4.2`, `v2.0.0-rc.1`). Pure. */
export interface Semver {
  major: number
  minor: number
  patch: number
  prerelease: string[]
}

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/

export function parseSemver(s: string): Semver | undefined {
  const m = SEMVER.exec(s.trim())
  if (!m) return undefined
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    prerelease: m[4] ? m[4].split('.') : []
  }
}

/** Semver precedence: negative when a < b, 0 when equal (build metadata ignored). */
export function compareSemver(a: Semver, b: Semver): number {
  const d = a.major - b.major || a.minor - b.minor || a.patch - b.patch
  if (d !== 0) return d
  if (a.prerelease.length === 0 || b.prerelease.length === 0)
    return b.prerelease.length - a.prerelease.length
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i]
    const y = b.prerelease[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    const nx = /^\d+$/.test(x)
    const ny = /^\d+$/.test(y)
    if (nx && ny) {
      const c = Number(x) - Number(y)
      if (c !== 0) return c
    } else if (nx !== ny) return nx ? -1 : 1
    else if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

/** The level of an increase from `a` to `b`: the first of major, minor, patch that differs. */
export function bumpLevel(a: Semver, b: Semver): BumpLevel {
  if (a.major !== b.major) return 'major'
  if (a.minor !== b.minor) return 'minor'
  return 'patch'
}
