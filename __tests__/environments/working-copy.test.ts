import { describe, expect, test } from '@jest/globals'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  copyTree,
  inCopy,
  originalPath,
  copiedPath,
  originalText,
  treeRoot,
  treeSize,
} from '../../src/environments/working-copy.js'

function tree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'spft-tree-'))
  mkdirSync(path.join(root, '.git', 'objects'), { recursive: true })
  writeFileSync(path.join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n')
  mkdirSync(path.join(root, 'python', 'tests'), { recursive: true })
  writeFileSync(path.join(root, 'python', 'tests', 'test_a.py'), 'def test_a(): pass\n')
  writeFileSync(path.join(root, 'data.txt'), 'x'.repeat(100))
  symlinkSync('data.txt', path.join(root, 'link.txt'))
  // Environments the action gives each mode its own of: neither copied nor counted.
  mkdirSync(path.join(root, '.tox', 'py313', 'bin'), { recursive: true })
  writeFileSync(path.join(root, '.tox', 'py313', 'bin', 'python'), 'x'.repeat(1000))
  mkdirSync(path.join(root, '.venv'))
  writeFileSync(path.join(root, '.venv', 'pyvenv.cfg'), 'home = /usr/bin\n')
  return root
}

describe('the tree a copy holds', () => {
  test('the workspace when the working directory is in it, else the working directory', () => {
    expect(treeRoot('/w/repo/python', '/w/repo')).toBe('/w/repo')
    expect(treeRoot('/w/repo', '/w/repo')).toBe('/w/repo')
    expect(treeRoot('/elsewhere/project', '/w/repo')).toBe('/elsewhere/project')
    expect(treeRoot('/w/repo/python', undefined)).toBe('/w/repo/python')
  })

  test('its size leaves .git out, and stops counting past the limits', () => {
    const root = tree()
    expect(treeSize(root)).toEqual({ files: 3, bytes: 100 + 19 })
    expect(treeSize(root, { files: 2, bytes: 1e9 })).toBeUndefined()
    expect(treeSize(root, { files: 100, bytes: 50 })).toBeUndefined()
  })
})

describe('copyTree', () => {
  test('copies the files, keeps a relative link relative, and links .git', () => {
    const root = tree()
    const to = path.join(mkdtempSync(path.join(tmpdir(), 'spft-copy-')), 'leg')
    copyTree(root, to)
    expect(readFileSync(path.join(to, 'python', 'tests', 'test_a.py'), 'utf8')).toBe('def test_a(): pass\n')
    expect(readlinkSync(path.join(to, 'link.txt'))).toBe('data.txt')
    expect(lstatSync(path.join(to, '.git')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path.join(to, '.git'))).toBe(path.join(root, '.git'))
    expect(existsSync(path.join(to, '.tox'))).toBe(false)
    expect(existsSync(path.join(to, '.venv'))).toBe(false)
    // A write in the copy is the copy's own.
    writeFileSync(path.join(to, 'data.txt'), 'changed')
    expect(readFileSync(path.join(root, 'data.txt'), 'utf8')).toBe('x'.repeat(100))
  })
})

describe('paths from a copy, as the tree names them', () => {
  const copy = { root: '/tmp/run/trees/3.14-freethreaded', of: '/w/repo' }
  const leg = { workDir: inCopy('/w/repo/python', copy), copy }

  test('the working directory in the copy', () => {
    expect(leg.workDir).toBe('/tmp/run/trees/3.14-freethreaded/python')
  })

  test('a path in the copy is the same path in the tree; any other is left alone', () => {
    expect(originalPath('/tmp/run/trees/3.14-freethreaded/python/tests/test_a.py', leg)).toBe(
      '/w/repo/python/tests/test_a.py',
    )
    expect(originalPath('/usr/lib/python3.14/threading.py', leg)).toBe('/usr/lib/python3.14/threading.py')
    expect(originalPath('/tmp/run/trees/3.14-freethreaded/x.py', { workDir: '/w/repo' })).toBe(
      '/tmp/run/trees/3.14-freethreaded/x.py',
    )
  })

  test("a path of the tree (an absolute results glob) is the same path in the leg's copy", () => {
    expect(copiedPath('/w/repo/out/{mode}.xml', leg)).toBe('/tmp/run/trees/3.14-freethreaded/out/{mode}.xml')
    expect(copiedPath('/elsewhere/out.xml', leg)).toBe('/elsewhere/out.xml')
    expect(copiedPath('/w/repo/out.xml', { workDir: '/w/repo' })).toBe('/w/repo/out.xml')
  })

  test('a traceback names the tree', () => {
    expect(originalText('File "/tmp/run/trees/3.14-freethreaded/python/tests/test_a.py", line 3, in test_a', leg)).toBe(
      'File "/w/repo/python/tests/test_a.py", line 3, in test_a',
    )
  })
})
