/** The promote/rollback/history part of `gonogo --help` (kept apart: main loads promote lazily). */
export const PROMOTE_USAGE = `Options for promote, rollback and history (records kept in a local folder):
  --environment NAME        the target environment, declared under environments in the policy
  --bundle PATH             promote: the bundle folder or zip; rollback: the bundle of the
                            record rolled back to, when it is no longer where it was promoted from
  --reason TEXT             rollback: why (required; it goes into the record)
  --state DIR               the records (default .gonogo/state, relative to the workspace)
  --output DIR              where promotion-NAME.json goes (default gonogo-reports)
  --allow-unverified-reviewers
                            rehearse an environment with reviewers locally: the record says
                            they were not verified (GitHub's approvals exist only in Actions)
  --allow-unreplayable      promote a bundle that records no inputs (made before bundles could
                            be replayed); the record says it was not replayed
  --config FILE, --workspace DIR, --effective-time TIME, --signing-key-env NAME   as for gate
  --json                    history: the records as JSON
`
