import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Node modules that read or write the world: files and child processes. */
const NODE_IO = [
  'fs',
  'fs/promises',
  'child_process',
  'module',
  'net',
  'http',
  'https',
  'http2',
  'dgram',
  'tls',
  'worker_threads'
].flatMap((m) => [m, `node:${m}`])

/** Dynamic imports other than a sibling module (`./x/run.js`), and require(), get round the rules. */
const NO_DYNAMIC_IMPORTS = [
  {
    selector: "ImportExpression:not([source.type='Literal'][source.value=/^\\.\\//])",
    message: 'Import modules statically (a lazy import of a sibling ./x.js is allowed).'
  },
  {
    selector: "CallExpression[callee.name='require']",
    message: 'Import modules statically.'
  }
]

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'out/**',
      'src/generated/**',
      '.bench/**',
      '.fuzz-build/**'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'scripts/*.mjs', 'bench/*.mjs', 'bin/*.js']
        },
        tsconfigRootDir: import.meta.dirname
      }
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error'
    }
  },
  // The layers (issue 13): checks judge the facts they are handed; core and the parsers are pure.
  {
    files: ['src/checks/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: NODE_IO.map((name) => ({
            name,
            message: 'A built-in check reads files and runs processes through ctx.facts only.'
          })),
          patterns: [
            {
              // Any relative path through an io/ or github/ folder (`./../../io/x.js` too).
              regex: '^\\.\\.?/(.*/)?(io|github)(/|$)',
              message:
                'A built-in check reads the world through ctx.facts (core/facts.ts), not io/ or github/.'
            },
            {
              group: ['@octokit/*', '@actions/github', '@actions/github/*'],
              message: 'A built-in check reads the Actions API through ctx.facts.actions.'
            }
          ]
        }
      ],
      'no-restricted-syntax': ['error', ...NO_DYNAMIC_IMPORTS],
      'no-restricted-globals': [
        'error',
        {
          name: 'fetch',
          message: 'A built-in check reads the Actions API through ctx.facts.actions.'
        }
      ]
    }
  },
  {
    files: ['src/core/**/*.ts', 'src/parsers/**/*.ts', 'src/workflow/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: NODE_IO.map((name) => ({
            name,
            message: 'core/ and parsers/ are pure: I/O belongs in io/ or github/.'
          })),
          patterns: [
            {
              // Any relative path that leaves for, or passes through, a layer above.
              regex:
                '^\\.\\.?/(.*/)?(checks|io|github|gate|cli|render|ruleset-verify|release-bundle|migrate)(/|$)',
              message:
                'core/, parsers/ and workflow/ import only core/, parsers/, workflow/, generated/ and npm packages.'
            },
            {
              group: ['@octokit/*', '@actions/core', '@actions/github', '@actions/github/*'],
              message: 'core/ and parsers/ are pure: GitHub access belongs in github/.'
            }
          ]
        }
      ],
      'no-restricted-syntax': ['error', ...NO_DYNAMIC_IMPORTS]
    }
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false, project: null },
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' }
    }
  }
)
