/** The migrate part of `gonogo --help` (kept apart: main loads migrate lazily). */
export const MIGRATE_USAGE = `Options for migrate (writes a gonogo policy from the older governance scripts' files):
  --policy FILE             the older gate policy (default .github/release_gate_policy.json)
  --exceptions FILE         the older exceptions (default .github/release_exceptions.json; none
                            is fine when it does not exist)
  --artifacts DIR           the folder of older reports, one control per report
                            (default artifacts)
  --output FILE             the policy to write (default .github/gonogo.yml)
  --force                   replace --output when it exists
  --workspace DIR           as for gate
  --effective-time TIME     when to call a waiver expired in the notes (default: now)
`
