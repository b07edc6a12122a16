/**
 * Bounds the bytes held at once by concurrent reads: each read reserves its file's size before it
 * opens the file and releases it once the text is parsed to a small verdict. Reservations are
 * granted in the order they are asked for; one larger than the whole budget waits until nothing
 * else is held and then runs alone, so no read waits forever.
 *
 * With a 64 MiB budget and 50 MiB report files, at most one such file (plus smaller ones up to
 * the budget) is in memory at a time, however many files a glob matches and however many reads
 * run in parallel.
 */
export class ByteBudget {
  private held = 0
  private highWater = 0
  private readonly waiting: { bytes: number; grant: () => void }[] = []

  /** @param limit the most bytes held at once (a positive integer) */
  constructor(readonly limit: number) {}

  /** The most bytes held at once so far (for tests and benchmarks). */
  get peak(): number {
    return this.highWater
  }

  /**
   * Waits until `bytes` fit, holds them and returns the function that gives them back (calling it
   * twice gives back once).
   */
  async acquire(bytes: number): Promise<() => void> {
    const n = Math.max(0, Math.floor(bytes))
    if (this.waiting.length > 0 || !this.fits(n)) {
      await new Promise<void>((grant) => this.waiting.push({ bytes: n, grant }))
    } else this.take(n)
    return this.releaser(n)
  }

  /**
   * Holds `bytes` at once when they fit and nobody waits (the release function), else undefined
   * and nothing is held: then `acquire` waits its turn. Spares a promise per small file.
   */
  tryAcquire(bytes: number): (() => void) | undefined {
    const n = Math.max(0, Math.floor(bytes))
    if (this.waiting.length > 0 || !this.fits(n)) return undefined
    this.take(n)
    return this.releaser(n)
  }

  private releaser(n: number): () => void {
    let released = false
    return () => {
      if (released) return
      released = true
      this.held -= n
      this.wake()
    }
  }

  private fits(n: number): boolean {
    return this.held === 0 || this.held + n <= this.limit
  }

  private take(n: number): void {
    this.held += n
    this.highWater = Math.max(this.highWater, this.held)
  }

  private wake(): void {
    for (;;) {
      const next = this.waiting[0]
      if (!next || !this.fits(next.bytes)) return
      this.waiting.shift()
      this.take(next.bytes)
      next.grant()
    }
  }
}

/** Bytes of report files held in memory at once while a gate reads its sources (64 MiB). */
export const DEFAULT_BYTES_IN_FLIGHT = 64 * 1024 * 1024
