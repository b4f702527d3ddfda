// A project that builds from source on every build: an sdist of `ftcounter`, one C extension that
// declares Py_MOD_GIL_NOT_USED, served to pip from a folder (--find-links). pip keeps the wheel it
// builds from such an sdist in its cache, which is what the dependency cache keeps between runs.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const FILES = {
  'pyproject.toml': [
    '[build-system]',
    'requires = ["setuptools>=69"]',
    'build-backend = "setuptools.build_meta"',
    '[project]',
    'name = "ftcounter"',
    'version = "1.0"',
    '[tool.setuptools]',
    'ext-modules = [{ name = "ftcounter", sources = ["src/ftcounter.c"] }]',
  ],
  'src/ftcounter.c': [
    '#include <Python.h>',
    'static struct PyModuleDef_Slot slots[] = {{Py_mod_gil, Py_MOD_GIL_NOT_USED}, {0, NULL}};',
    'static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "ftcounter", NULL, 0, NULL, slots};',
    'PyMODINIT_FUNC PyInit_ftcounter(void) { return PyModuleDef_Init(&def); }',
  ],
}

/** Writes ftcounter-1.0.tar.gz into the folder `into`. */
export function writeSdist(into) {
  const src = mkdtempSync(path.join(tmpdir(), 'spft-sdist-'))
  try {
    for (const [name, lines] of Object.entries(FILES)) {
      const file = path.join(src, 'ftcounter-1.0', name)
      mkdirSync(path.dirname(file), { recursive: true })
      writeFileSync(file, `${lines.join('\n')}\n`)
    }
    mkdirSync(into, { recursive: true })
    execFileSync('tar', ['czf', path.join(into, 'ftcounter-1.0.tar.gz'), '-C', src, 'ftcounter-1.0'])
  } finally {
    rmSync(src, { recursive: true, force: true })
  }
}
