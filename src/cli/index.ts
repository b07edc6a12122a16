import module from 'node:module'

// The CLI is run again and again on one machine: V8's code cache for the bundle is kept on disk
// (Node 22.1+, https://nodejs.org/api/module.html#moduleenablecompilecachecachedir), so later
// runs skip parsing and compiling it. It is only a cache: a missing or unwritable directory means
// compiling as before, and NODE_DISABLE_COMPILE_CACHE=1 turns it off. The code is loaded after
// it is enabled (a dynamic import), or the cache would come too late for it.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()

const { main } = await import('./main.js')

// A reader that closes early (`gonogo check … | head`) is not an error of gonogo's.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw e
  })
}

process.exitCode = await main(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
  outStyled: (s) => process.stdout.write(s)
})
