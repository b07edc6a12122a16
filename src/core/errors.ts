/**
 * A mistake the user can fix (policy file, inputs, arguments), kept apart from bugs: it is shown
 * as its message alone, never with a stack, and the CLI exits with 2.
 */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}

/**
 * The message of anything thrown: an error's `message` (also for errors made in another realm,
 * such as Node's own errors seen from a vm context, where `instanceof Error` is false), else its
 * text. Never a stack.
 */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message
  if (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as { message?: unknown }).message === 'string'
  )
    return (e as { message: string }).message
  return String(e)
}

/** What the system error codes a file operation can end in mean, in words. */
const FS_REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder, not a file',
  EEXIST: 'already exists',
  ENOTEMPTY: 'folder is not empty',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many symbolic links (a link loop?)',
  ENAMETOOLONG: 'name too long',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EXDEV: 'cannot be moved across file systems',
  EBUSY: 'busy',
  EMFILE: 'too many open files',
  ENXIO: 'no such device (a FIFO or socket?)',
  EINVAL: 'invalid argument'
}

/**
 * A file-system error (Node's `ErrnoException`: `code` such as ENOTDIR, `path`, maybe `dest`) as a
 * message naming the path and the reason, e.g. `out/summary.json: a part of the path is a file,
 * not a folder (ENOTDIR)`; undefined for anything else. Node documents the codes under "Common
 * system errors" (https://nodejs.org/api/errors.html#common-system-errors).
 */
export function fileSystemProblem(e: unknown): string | undefined {
  if (typeof e !== 'object' || e === null) return undefined
  const { code, path, dest, syscall } = e as {
    code?: unknown
    path?: unknown
    dest?: unknown
    syscall?: unknown
  }
  if (typeof code !== 'string' || !/^E[A-Z0-9]+$/.test(code)) return undefined
  if (typeof path !== 'string' && typeof syscall !== 'string') return undefined
  const where =
    typeof path === 'string'
      ? typeof dest === 'string'
        ? `${path} → ${dest}`
        : path
      : `${String(syscall)}`
  // mkdir -p ends in EEXIST when a part of the path is a file.
  const reason =
    code === 'EEXIST' && syscall === 'mkdir'
      ? 'is a file, not a folder'
      : (FS_REASONS[code] ?? 'file-system error')
  return `${where}: ${reason} (${code})`
}
