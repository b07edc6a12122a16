import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/** Node modules that read or write the world: files and child processes. */
const NODE_IO = [
  'node:fs',
  'node:fs/promises',
  'node:child_process',
  'fs',
  'fs/promises',
  'child_process'
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
              regex: '^(\\.\\./)+(io|github)(/|$)',
              message:
                'A built-in check reads the world through ctx.facts (core/facts.ts), not io/ or github/.'
            },
            {
              group: ['@octokit/*', '@actions/github', '@actions/github/*'],
              message: 'A built-in check reads the Actions API through ctx.facts.actions.'
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/core/**/*.ts', 'src/parsers/**/*.ts'],
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
              regex: '^\\.\\./(?!(core|parsers|generated)/)',
              message:
                'core/ and parsers/ import only core/, parsers/, generated/ and npm packages.'
            },
            {
              group: ['@octokit/*', '@actions/*'],
              message: 'core/ and parsers/ are pure: GitHub access belongs in github/.'
            }
          ]
        }
      ]
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
