import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 89379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(70356)
const { safeRe: re, t } = __nccwpck_require__(95471)
const cmp = __nccwpck_require__(28646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)


/***/ }),

/***/ 96782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(61383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(70356)
const Comparator = __nccwpck_require__(89379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(69737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(95471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(45101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(45101)
const { safeRe: re, t } = __nccwpck_require__(95471)

const parseOptions = __nccwpck_require__(70356)
const { compareIdentifiers } = __nccwpck_require__(73348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 28646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(55082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(16599)
const gte = __nccwpck_require__(41236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(56717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 35385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(16353)
const { safeRe: re, t } = __nccwpck_require__(95471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 37648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 56874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 78469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 70711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 55082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 16599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 41236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 62338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 56717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 68511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 32603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 16353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 48756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 15714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 32173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(78469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 87192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(37648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 68011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 29872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(37648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 16114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const constants = __nccwpck_require__(45101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 58780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(16353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 62088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(95471)
const constants = __nccwpck_require__(45101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(73348)
const parse = __nccwpck_require__(16353)
const valid = __nccwpck_require__(58780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(62338)
const diff = __nccwpck_require__(70711)
const major = __nccwpck_require__(68511)
const minor = __nccwpck_require__(32603)
const patch = __nccwpck_require__(48756)
const prerelease = __nccwpck_require__(15714)
const compare = __nccwpck_require__(78469)
const rcompare = __nccwpck_require__(32173)
const compareLoose = __nccwpck_require__(56874)
const compareBuild = __nccwpck_require__(37648)
const sort = __nccwpck_require__(29872)
const rsort = __nccwpck_require__(87192)
const gt = __nccwpck_require__(16599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(55082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(41236)
const lte = __nccwpck_require__(56717)
const cmp = __nccwpck_require__(28646)
const coerce = __nccwpck_require__(35385)
const truncate = __nccwpck_require__(16114)
const Comparator = __nccwpck_require__(89379)
const Range = __nccwpck_require__(96782)
const satisfies = __nccwpck_require__(68011)
const toComparators = __nccwpck_require__(54750)
const maxSatisfying = __nccwpck_require__(73193)
const minSatisfying = __nccwpck_require__(68595)
const minVersion = __nccwpck_require__(51866)
const validRange = __nccwpck_require__(64737)
const outside = __nccwpck_require__(10280)
const gtr = __nccwpck_require__(12276)
const ltr = __nccwpck_require__(15213)
const intersects = __nccwpck_require__(23465)
const simplifyRange = __nccwpck_require__(82028)
const subset = __nccwpck_require__(61489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 45101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 73348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 61383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 70356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 95471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(45101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 69737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(45101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 12276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(10280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 23465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 15213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(10280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 73193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 68595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 51866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(96782)
const gt = __nccwpck_require__(16599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 10280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(89379)
const { ANY } = Comparator
const Range = __nccwpck_require__(96782)
const satisfies = __nccwpck_require__(68011)
const gt = __nccwpck_require__(16599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(56717)
const gte = __nccwpck_require__(41236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 82028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(68011)
const compare = __nccwpck_require__(78469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 61489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const Comparator = __nccwpck_require__(89379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(68011)
const compare = __nccwpck_require__(78469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 54750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 64737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(96782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ }),

/***/ 5841:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ startAction)
/* harmony export */ });
/* unused harmony export reportError */
/* harmony import */ var _common_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(25387);
/* harmony import */ var _common_faults_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(12056);
/* harmony import */ var _inputs_install_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(26830);



/** How an error is told: a known fault in its one line, anything else (a bug) with its stack. */
function reportError(error) {
    if (error instanceof _common_faults_js__WEBPACK_IMPORTED_MODULE_1__/* .Fault */ .vC) {
        _common_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(error.message);
        return;
    }
    const message = error instanceof Error ? error.message : String(error);
    _common_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${message} (an unexpected error in setup-python-ft; its stack is in the log)`);
    if (error instanceof Error && error.stack)
        _common_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(error.stack);
}
/** The single way into every action: global handlers, load, run, one setFailed. */
async function startAction(action, read = _inputs_install_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readInputFromEnv */ .mR) {
    process.on('uncaughtException', reportError);
    process.on('unhandledRejection', reportError);
    try {
        const inputs = await action.load(read);
        const failure = await action.run(inputs);
        if (failure)
            _common_workflow_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(failure);
    }
    catch (error) {
        reportError(error);
    }
}


/***/ }),

/***/ 48386:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ setupAction)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/configure/exports.ts
var configure_exports = __nccwpck_require__(92915);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./src/common/workflow-commands.ts
var workflow_commands = __nccwpck_require__(25387);
;// CONCATENATED MODULE: ./src/configure/apply.ts



/** Makes the names folder afresh: a link for each name to the first of its programs that exists. */
function placeNames(names) {
    (0,external_node_fs_.rmSync)(names.dir, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(names.dir, { recursive: true });
    for (const [name, candidates] of Object.entries(names.links)) {
        const target = candidates.find((candidate) => (0,external_node_fs_.existsSync)(candidate));
        if (target)
            (0,external_node_fs_.symlinkSync)(target, external_node_path_default().join(names.dir, name));
    }
}
/** Hands the exports to the runner: GITHUB_PATH, GITHUB_ENV, GITHUB_OUTPUT, and the env files. */
function applyExports(exports, updateEnvironment) {
    for (const [file, text] of Object.entries(exports.envFiles)) {
        (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(file), { recursive: true });
        (0,external_node_fs_.writeFileSync)(file, text);
    }
    if (Object.keys(exports.names.links).length > 0)
        placeNames(exports.names);
    if (updateEnvironment) {
        for (const dir of exports.path)
            workflow_commands/* addPath */.fM(dir);
        for (const [key, value] of Object.entries(exports.env))
            workflow_commands/* exportVariable */.dN(key, value);
    }
    for (const [key, value] of Object.entries(exports.outputs))
        workflow_commands/* setOutput */.uH(key, value);
}

// EXTERNAL MODULE: ./src/find/layout.ts
var layout = __nccwpck_require__(96121);
// EXTERNAL MODULE: ./src/model/mode.ts
var model_mode = __nccwpck_require__(59818);
// EXTERNAL MODULE: ./src/common/faults.ts
var faults = __nccwpck_require__(12056);
// EXTERNAL MODULE: ./src/inputs/install-inputs.ts
var install_inputs = __nccwpck_require__(26830);
// EXTERNAL MODULE: ./src/inputs/version-spec.ts
var version_spec = __nccwpck_require__(74021);
;// CONCATENATED MODULE: ./src/inputs/versions.ts



/** Without python-version or a file: the newest stable CPython that has a free-threaded build. */
const DEFAULT_VERSION = '>=3.13';
/** The version entries to install: python-version, else python-version-file, else the default. */
function versionEntries(inputs, warn) {
    if (inputs.pythonVersions.length > 0) {
        if (inputs.pythonVersionFile)
            warn('Both python-version and python-version-file are set: using python-version');
        return inputs.pythonVersions;
    }
    if (inputs.pythonVersionFile) {
        const file = inputs.pythonVersionFile;
        if (!(0,external_node_fs_.existsSync)(file))
            throw new faults/* InputError */.dz('python-version-file', `'${file}' does not exist`);
        const entries = (0,version_spec/* parseVersionFile */.Sz)((0,external_node_fs_.readFileSync)(file, 'utf8'));
        if (entries.length === 0)
            throw new faults/* InputError */.dz('python-version-file', `'${file}' names no version`);
        return entries;
    }
    return [DEFAULT_VERSION];
}

;// CONCATENATED MODULE: ./src/inputs/setup-inputs.ts






/** default-build must name a build that is being installed. */
function checkDefaultBuild(inputs, requests) {
    const builds = new Set(requests.flatMap((r) => r.builds));
    if (inputs.defaultBuild && !builds.has(inputs.defaultBuild)) {
        throw new faults/* InputError */.dz('default-build', `'${inputs.defaultBuild}' is not being installed; choose one of: ${[...builds].join(', ')}`);
    }
}
/** Every mode needs its build installed for every version entry. */
function checkModesHaveBuilds(run, requests) {
    for (const request of requests) {
        for (const mode of run.modes) {
            const build = (0,model_mode/* buildOf */.Yy)(mode);
            if (!request.builds.includes(build)) {
                throw new faults/* InputError */.dz('modes', `${mode} runs on the ${build} build, but python-version '${request.entry}' installs only ${request.builds.join(' and ')} (see builds); drop ${mode} or install both builds`);
            }
        }
    }
}
async function loadSetupInputs(read) {
    const install = (0,install_inputs/* parseInstallInputs */.Wr)(read, process.env.RUNNER_ARCH || process.arch);
    if (install.token)
        workflow_commands/* setSecret */.Pq(install.token);
    const requests = versionEntries(install, workflow_commands/* warning */.$e).map((entry) => (0,version_spec/* parseVersionEntry */.m)(entry, install.builds, install.allowPrereleases));
    checkDefaultBuild(install, requests);
    // Loaded only with `run`: an install-only step keeps its light start-up.
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
    const run = read('run')
        ? (await __nccwpck_require__.e(/* import() */ 167).then(__nccwpck_require__.bind(__nccwpck_require__, 84167))).parseRunInputs(read, {
            os: process.platform,
            versions: requests.length,
            workspace,
        })
        : undefined;
    if (run) {
        checkModesHaveBuilds(run, requests);
        const dependencyCache = await (await __nccwpck_require__.e(/* import() */ 937).then(__nccwpck_require__.bind(__nccwpck_require__, 70937))).readDependencyCache(read, workspace);
        if (dependencyCache)
            run.dependencyCache = dependencyCache;
    }
    else if (read('cache')) {
        throw new faults/* InputError */.dz('cache', "keeps the pip or uv cache of each build's install and run commands, so it needs run: set run (and install), or leave cache empty");
    }
    return { install, requests, run };
}

// EXTERNAL MODULE: ./src/model/build.ts
var build = __nccwpck_require__(59217);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(62088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
// EXTERNAL MODULE: ./src/common/complete-marker.ts
var complete_marker = __nccwpck_require__(56145);
;// CONCATENATED MODULE: ./src/find/toolcache.ts





/** Versions in the tool cache with a complete install of this build and arch. No network. */
function cachedVersions(toolCache, arch, build) {
    const pythonDir = external_node_path_default().join(toolCache, 'Python');
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(pythonDir);
    }
    catch {
        return [];
    }
    const archDir = (0,layout/* archDirName */.DE)(arch, build);
    return entries.filter((version) => semver_default().valid(version) && (0,external_node_fs_.existsSync)((0,complete_marker/* completeMarker */.I)(external_node_path_default().join(pythonDir, version, archDir))));
}

;// CONCATENATED MODULE: ./src/resolve/resolve-version.ts



function satisfies(version, request, build, stableOnly) {
    if (stableOnly && semver_default().prerelease(version))
        return false;
    return semver_default().satisfies(version, (0,version_spec/* effectiveRange */.Hk)(request, build), { includePrerelease: request.includePrerelease });
}
/**
 * Picks the newest version that satisfies the request for every build it asks for, so both builds of
 * an entry are the same version. Returns undefined when no version is common to all.
 */
function resolveRequest(request, availability, options) {
    // Stable releases first; pre-releases only when none matches and the request allows them.
    const version = newestCommon(request, availability, options.useCacheOnly, true) ??
        (request.includePrerelease ? newestCommon(request, availability, options.useCacheOnly, false) : undefined);
    if (!version)
        return undefined;
    return request.builds.map((build) => {
        const { cached, candidates } = availability[build];
        if (cached.includes(version))
            return { request, version, build };
        return { request, version, build, download: candidates.find((c) => c.version === version) };
    });
}
function newestCommon(request, availability, useCacheOnly, stableOnly) {
    const versionsPerBuild = request.builds.map((build) => {
        const { cached, candidates } = availability[build];
        const pool = useCacheOnly ? cached : [...cached, ...candidates.map((c) => c.version)];
        return new Set(pool.filter((v) => satisfies(v, request, build, stableOnly)));
    });
    const common = [...versionsPerBuild[0]].filter((v) => versionsPerBuild.every((set) => set.has(v)));
    return semver_default().rsort(common)[0];
}
/** The clear error for a request nothing satisfies: it lists the nearest versions there are. */
function unresolvedError(request, availability, where) {
    const parts = request.builds.map((build) => {
        const { cached, candidates } = availability[build];
        const all = semver_default().rsort([...new Set([...cached, ...candidates.map((c) => c.version)])]);
        const label = build === 'freethreaded' ? 'free-threaded' : 'standard';
        if (all.length === 0) {
            const elsewhere = availability[build].elsewhere ?? [];
            return `no ${label} build for ${where}${elsewhere.length ? `; elsewhere: ${elsewhere.slice(0, 8).join(', ')}` : ''}`;
        }
        return `${label} builds for ${where}: ${nearest(all, request.range).join(', ')}`;
    });
    return new faults/* InputError */.dz('python-version', `no CPython satisfies '${request.entry}'` +
        `${request.includePrerelease ? '' : ' (prereleases need allow-prereleases: true)'}; ${parts.join('; ')}`);
}
/** Up to eight available versions closest to what was asked, newest first. */
function nearest(sortedDesc, range) {
    const floor = semver_default().minVersion(range);
    if (!floor)
        return sortedDesc.slice(0, 8);
    const distance = (v) => Math.abs(semver_default().major(v) * 1000 + semver_default().minor(v) - (floor.major * 1000 + floor.minor)) * 1000 +
        Math.abs(semver_default().patch(v) - floor.patch);
    return [...sortedDesc]
        .sort((a, b) => distance(a) - distance(b))
        .slice(0, 8)
        .sort((a, b) => semver_default().rcompare(a, b));
}

;// CONCATENATED MODULE: ./src/resolve/install-plan.ts


/** Describes the platform for messages: linux (debian 12) x64. */
function describePlatform(platform) {
    const distro = platform.os === 'linux' ? ` (${platform.distroId} ${platform.distroVersion}, ${platform.libc})` : '';
    return `${platform.os}${distro} ${platform.arch}`;
}
/**
 * Which sources may serve a build. python-versions comes first (runner images pre-cache from it),
 * except for the free-threaded build on macOS and Windows in auto mode: there its archives run
 * python.org installers that remove a same-minor install of the other build.
 */
function sourceOrder(inputs, platform, build) {
    if (inputs.source === 'python-versions')
        return ['pythonVersions'];
    if (inputs.source === 'python-build-standalone')
        return ['pbs'];
    if (build === 'freethreaded' && platform.os !== 'linux')
        return ['pbs'];
    return ['pythonVersions', 'pbs'];
}
/**
 * Loads one source. In auto mode a source that cannot be reached is skipped (its error returned)
 * while another may serve; a source the user chose fails the step.
 */
async function loadOrSkip(load, inputs) {
    try {
        return { index: await load() };
    }
    catch (error) {
        if (inputs.source !== 'auto')
            throw error;
        return { error };
    }
}
/**
 * Plans every request. The tool cache is consulted first and, unless check-latest is set, a hit
 * needs no network at all. Remote indexes are fetched only when needed, python-versions first.
 */
async function planInstalls(requests, inputs, platform, toolCache, loaders) {
    const cached = {
        standard: cachedVersions(toolCache, platform.arch, 'standard'),
        freethreaded: cachedVersions(toolCache, platform.arch, 'freethreaded'),
    };
    const loaded = new Map();
    const load = (name) => {
        if (!loaded.has(name))
            loaded.set(name, loaders[name]());
        return loaded.get(name);
    };
    const plan = [];
    for (const request of requests) {
        if (!inputs.checkLatest) {
            const hit = resolveRequest(request, availabilityFrom(cached, [], platform, inputs), { useCacheOnly: true });
            if (hit) {
                plan.push(...hit);
                continue;
            }
        }
        const names = [...new Set(request.builds.flatMap((b) => sourceOrder(inputs, platform, b)))];
        const indexes = [];
        let resolved;
        let lastError;
        for (const name of names) {
            const loaded = await loadOrSkip(() => load(name), inputs);
            if ('error' in loaded) {
                lastError = loaded.error;
                continue;
            }
            indexes.push([name, loaded.index]);
            resolved = resolveRequest(request, availabilityFrom(cached, indexes, platform, inputs), { useCacheOnly: false });
            if (resolved)
                break;
        }
        if (!resolved) {
            if (indexes.length === 0 && lastError)
                throw lastError;
            throw unresolvedError(request, availabilityFrom(cached, indexes, platform, inputs), describePlatform(platform));
        }
        plan.push(...resolved);
    }
    return plan;
}
function availabilityFrom(cached, indexes, platform, inputs) {
    const forBuild = (build) => {
        const allowed = sourceOrder(inputs, platform, build);
        const loaded = allowed.flatMap((name) => indexes.filter(([n]) => n === name).map(([, index]) => index));
        return {
            cached: cached[build],
            candidates: loaded.flatMap((index) => index.candidates[build]),
            elsewhere: loaded.flatMap((index) => index.platforms[build]),
        };
    };
    return { standard: forBuild('standard'), freethreaded: forBuild('freethreaded') };
}

// EXTERNAL MODULE: ./src/common/staging-name.ts
var staging_name = __nccwpck_require__(39674);
;// CONCATENATED MODULE: ./src/pipeline/install-builds.ts








/**
 * The install stage: each requested version resolved against the tool cache and the sources, the
 * builds the tool cache lacks downloaded and placed, and what is installed where.
 */
async function installBuilds(requests, inputs, platform, toolCache) {
    const plan = await planInstalls(requests, inputs, platform, toolCache, {
        // Loaded on demand: a warm tool cache never loads the HTTP and tool-cache modules.
        pythonVersions: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(86)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44086))).loadPythonVersions(inputs, platform),
        pbs: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(86)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44086))).loadPbs(inputs, platform),
    });
    const downloaded = await installMissing(plan, inputs, platform, toolCache);
    const installed = plan.map((item) => describeInstalled(item, platform, toolCache, downloaded));
    for (const item of installed) {
        workflow_commands/* info */.pq(`Python ${(0,configure_exports/* displayVersion */.ZJ)(item)} (${item.abi}) from ${item.source}: ${item.python}`);
    }
    return installed;
}
/** Whether a version's folder holds a staging folder (a live install's, or a killed one's). */
function hasLeftovers(versionDir) {
    try {
        return (0,external_node_fs_.readdirSync)(versionDir).some((name) => (0,staging_name/* stagingOwner */.T)(name) !== undefined);
    }
    catch {
        return false;
    }
}
/** Downloads and installs every planned build the tool cache lacks (and removes what killed installs left), all at once. */
async function installMissing(plan, inputs, platform, toolCache) {
    const sources = new Map();
    const downloads = new Map(plan.filter((p) => p.download).map((p) => [`${p.version}/${p.build}`, p.download]));
    // A warm tool cache loads no install code, unless an install killed earlier left a folder behind.
    if (downloads.size === 0 && !plan.some((item) => hasLeftovers(external_node_path_default().join(toolCache, 'Python', item.version))))
        return sources;
    const { installCandidate, sweepStaleStaging } = await Promise.all(/* import() */[__nccwpck_require__.e(838), __nccwpck_require__.e(942), __nccwpck_require__.e(805), __nccwpck_require__.e(67)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9563));
    const leftAlone = (name, reason) => workflow_commands/* notice */.lm(`Left ${name}, from an install that was killed: something still writes into it (${reason}); a later run removes it`);
    for (const left of await sweepStaleStaging(toolCache, leftAlone))
        workflow_commands/* info */.pq(`Removed ${left}, left by an install that was killed`);
    const tempDir = external_node_path_default().join(process.env.RUNNER_TEMP || toolCache, 'setup-python-ft', 'downloads');
    await Promise.all([...downloads].map(async ([key, candidate]) => {
        workflow_commands/* info */.pq(`Downloading ${candidate.filename} from ${candidate.source}`);
        await installCandidate(candidate, { inputs, platform, toolCache, tempDir });
        sources.set(key, candidate.source);
    }));
    return sources;
}
function describeInstalled(item, platform, toolCache, downloaded) {
    const prefix = (0,layout/* installDir */.F5)(toolCache, item.version, platform.arch, item.build);
    const t = item.build === 'freethreaded' ? 't' : '';
    return {
        entry: item.request.entry,
        version: item.version,
        build: item.build,
        abi: (0,build/* abiTag */.XY)(item.version, item.build),
        prefix,
        python: (0,layout/* interpreterPath */.ce)(prefix, platform.os, item.version, item.build),
        source: downloaded.get(`${item.version}/${item.build}`) ?? 'tool-cache',
        sharedLibpython: platform.os === 'linux' && (0,external_node_fs_.existsSync)(external_node_path_default().join(prefix, 'lib', `libpython${(0,build/* minorOf */.Hs)(item.version)}${t}.so.1.0`)),
    };
}

// EXTERNAL MODULE: ./src/platform/platform.ts
var platform = __nccwpck_require__(28944);
;// CONCATENATED MODULE: ./src/platform/detect.ts


/** Reads the platform of this machine; `arch` comes from the validated inputs. */
function detectPlatform(arch) {
    const os = (0,platform/* normalizeOs */.yR)(process.platform);
    if (!os)
        throw new Error(`this action runs on Linux, macOS and Windows, not on ${process.platform}`);
    if (os !== 'linux')
        return { os, arch };
    const release = (0,external_node_fs_.existsSync)('/etc/os-release') ? (0,platform/* parseOsRelease */.HU)((0,external_node_fs_.readFileSync)('/etc/os-release', 'utf8')) : {};
    const distroId = release.ID ?? 'linux';
    return {
        os,
        arch,
        distroId,
        distroVersion: release.VERSION_ID ?? '',
        distroFamily: [distroId, ...(release.ID_LIKE ?? '').split(/\s+/).filter(Boolean)],
        libc: isMusl() ? 'musl' : 'gnu',
    };
}
function isMusl() {
    try {
        return (0,external_node_fs_.readdirSync)('/lib').some((name) => name.startsWith('ld-musl-'));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/actions/setup-action.ts







/** The main action: inputs -> install -> configure, then with `run` the single-job run (src/pipeline). */
const setupAction = {
    load: loadSetupInputs,
    async run({ install: inputs, requests, run: runInputs }) {
        const platform = detectPlatform(inputs.architecture);
        const toolCache = (0,layout/* toolCacheRoot */.Hw)();
        const installed = await installBuilds(requests, inputs, platform, toolCache);
        const tempDir = external_node_path_default().join(process.env.RUNNER_TEMP || toolCache, 'setup-python-ft');
        const exports = (0,configure_exports/* computeExports */.Xd)(installed, inputs.defaultBuild, platform.os, (external_node_path_default()).delimiter, { pkgConfigPath: process.env.PKG_CONFIG_PATH, ldLibraryPath: process.env.LD_LIBRARY_PATH }, external_node_path_default().join(tempDir, 'env'));
        applyExports(exports, inputs.updateEnvironment);
        if (!runInputs)
            return undefined;
        const { runSingleJob } = await Promise.all(/* import() */[__nccwpck_require__.e(942), __nccwpck_require__.e(128), __nccwpck_require__.e(167), __nccwpck_require__.e(900)]).then(__nccwpck_require__.bind(__nccwpck_require__, 63900));
        const namesDir = Object.keys(exports.names.links).length > 0 ? exports.names.dir : undefined;
        const end = await runSingleJob(installed, runInputs, {
            platform,
            toolCache,
            tempDir,
            namesDir,
            token: inputs.token,
        });
        return end.failure;
    },
};


/***/ }),

/***/ 56145:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ completeMarker)
/* harmony export */ });
/*
 * setup-python's tool-cache convention, shared by the installs, the tool-cache lookup and the TSan
 * interpreter: a folder counts once the marker beside it exists. In a file of its own, so that the
 * warm path (a lookup in the tool cache) loads nothing else of the staging code.
 */
/** The marker beside an installed folder, written last: a folder without it is half made. */
function completeMarker(dir) {
    return `${dir}.complete`;
}


/***/ }),

/***/ 12056:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dL: () => (/* binding */ ResultsFileError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   sy: () => (/* binding */ InstallError),
/* harmony export */   vC: () => (/* binding */ Fault)
/* harmony export */ });
/*
 * The failures the action can explain in one line: bad input, an unreachable source, a broken
 * download, an unreadable results file. The entry prints their message alone; any other error is a
 * bug in the action and is printed with its stack.
 */
/** The base of every fault the action explains in one line. */
class Fault extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** An error the user can fix in the workflow: it names the input and what is valid. */
class InputError extends Fault {
    input;
    constructor(input, message) {
        super(`${input}: ${message}`);
        this.input = input;
    }
}
/** An install failure with its cause in words and the input that points at the source. */
class InstallError extends Fault {
    input;
    constructor(input, message) {
        super(input ? `${input}: ${message}` : message);
        this.input = input;
    }
}
/** A results file that cannot be used (JUnit XML, leg.json): it names the file and why. */
class ResultsFileError extends Fault {
    file;
    reason;
    constructor(file, reason) {
        super(`${file}: ${reason}`);
        this.file = file;
        this.reason = reason;
    }
}


/***/ }),

/***/ 39674:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ stagingOwner)
/* harmony export */ });
/*
 * The name of a staging folder (staging.ts): .<arch>.partial-<pid>@<host>-<random>. Apart from the
 * staging code, so that a warm tool cache's check for leftovers loads none of it.
 */
const STAGING = /^\..+\.partial-(\d+)@(.+)-[A-Za-z0-9]{6}$/;
/** The process and host a staging folder's name says made it; undefined for any other name. */
function stagingOwner(name) {
    const owner = STAGING.exec(name);
    return owner ? { pid: Number(owner[1]), host: owner[2] } : undefined;
}


/***/ }),

/***/ 25387:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   dN: () => (/* binding */ exportVariable),
/* harmony export */   fM: () => (/* binding */ addPath),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pF: () => (/* binding */ commandOutput),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   w7: () => (/* binding */ annotation),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty, command, RUNNER_SINK, useSink, keyValue */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




/*
 * The runner's contract for a JavaScript action: workflow commands on stdout and the file commands
 * GITHUB_OUTPUT, GITHUB_ENV and GITHUB_PATH. Kept here, not taken from @actions/core, because
 * loading @actions/core evaluates its HTTP stack (undici) and would triple the warm start-up.
 */
/** Escapes a command's message: %, CR and LF. */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command property (title, file): also : and , */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function command(name, message, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}
/** The runner's: workflow commands on stdout, outputs in GITHUB_OUTPUT. */
const RUNNER_SINK = {
    info: (message) => void process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`),
    message: (level, message, properties) => void process.stdout.write(`${command(level, message, properties)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`),
    annotation: (level, message, properties) => void process.stdout.write(`${command(level, message, properties)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`),
    commandOutput(title, chunks) {
        // The raw output sits between stop-commands markers with a random token, so nothing it prints
        // can act as a workflow command; in a collapsible group of its own.
        process.stdout.write(`::group::${escapeData(title)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        const token = `setup-python-ft-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`;
        process.stdout.write(`::stop-commands::${token}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        try {
            for (const chunk of chunks())
                process.stdout.write(chunk);
        }
        finally {
            process.stdout.write(`::${token}::${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}::endgroup::${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        }
    },
    output: (name, value) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(fileCommand('GITHUB_OUTPUT'), keyValue(name, value)),
    secret: (value) => void process.stdout.write(`::add-mask::${escapeData(value)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`),
};
let sink = RUNNER_SINK;
/** Sends the log to another sink from now on (the command line's terminal). */
function useSink(next) {
    sink = next;
}
function info(message) {
    sink.info(message);
}
function warning(message, properties) {
    sink.message('warning', message, properties);
}
function notice(message, properties) {
    sink.message('notice', message, properties);
}
function error(message, properties) {
    sink.message('error', message, properties);
}
/** An annotation at a test (publish): the runner shows it on the file; a terminal's report lists it. */
function annotation(level, message, properties) {
    sink.annotation(level, message, properties);
}
/** A finished command's output under a title (common/log.ts reads it from its log file). */
function commandOutput(title, chunks) {
    sink.commandOutput(title, chunks);
}
/** Asks the runner to mask a secret in every later log line. */
function setSecret(secret) {
    sink.secret(secret);
}
/** Fails the step: one ::error:: line and exit code 1. */
function setFailed(message) {
    error(message);
    process.exitCode = 1;
}
function fileCommand(variable) {
    const file = process.env[variable];
    if (!file)
        throw new Error(`${variable} is not set: run this action on a GitHub Actions runner`);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
        throw new Error(`${variable} points at ${file}, which does not exist`);
    return file;
}
/** NAME<<delimiter / value / delimiter, with a delimiter the value cannot contain. */
function keyValue(name, value) {
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error('unexpected delimiter collision');
    return `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`;
}
function setOutput(name, value) {
    sink.output(name, value);
}
function exportVariable(name, value) {
    process.env[name] = value;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(fileCommand('GITHUB_ENV'), keyValue(name, value));
}
/** Prepends a directory to PATH for this step and for later ones. */
function addPath(dir) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(fileCommand('GITHUB_PATH'), `${dir}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
    process.env.PATH = `${dir}${(node_path__WEBPACK_IMPORTED_MODULE_3___default().delimiter)}${process.env.PATH ?? ''}`;
}


/***/ }),

/***/ 92915:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xd: () => (/* binding */ computeExports),
/* harmony export */   ZJ: () => (/* binding */ displayVersion),
/* harmony export */   c8: () => (/* binding */ abiBuildFlags),
/* harmony export */   dQ: () => (/* binding */ libpythonPath)
/* harmony export */ });
/* unused harmony exports FREETHREADED_PYTHON_GIL, buildEnvironment, defaultInterpreter, programNames */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _find_layout_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(96121);


/**
 * LD_LIBRARY_PATH with the lib folder of each build whose libpython is shared (python-versions'
 * builds on Linux) before the one given, each once; undefined when nothing needs adding.
 */
function libpythonPath(installed, os, existing) {
    if (os !== 'linux')
        return undefined;
    const there = (existing ?? '').split(':');
    const libs = installed
        .filter((i) => i.sharedLibpython)
        .map((i) => node_path__WEBPACK_IMPORTED_MODULE_0___default().join(i.prefix, 'lib'))
        .filter((dir) => !there.includes(dir));
    return libs.length > 0 ? [...libs, existing].filter(Boolean).join(':') : undefined;
}
const FREETHREADED_PYTHON_GIL = '0';
/** The Python version as setup-python prints it: 3.14.7, or 3.14.7t for the free-threaded build. */
function displayVersion(item) {
    return `${item.version}${item.build === 'freethreaded' ? 't' : ''}`;
}
/**
 * What an extension build for this interpreter needs, beyond picking the interpreter: CMake's
 * FindPython hints, PyO3's interpreter, pkg-config, and on Windows Py_GIL_DISABLED for the
 * free-threaded ABI, because Windows' pyconfig.h is shared by both builds.
 */
function buildEnvironment(item, os) {
    const env = {
        pythonLocation: item.prefix,
        Python_ROOT_DIR: item.prefix,
        Python3_ROOT_DIR: item.prefix,
        Python_EXECUTABLE: item.python,
        Python3_EXECUTABLE: item.python,
        PYO3_PYTHON: item.python,
        PKG_CONFIG_PATH: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(item.prefix, 'lib', 'pkgconfig'),
    };
    if (item.build === 'freethreaded')
        env.PYTHON_GIL = FREETHREADED_PYTHON_GIL;
    return { ...env, ...abiBuildFlags(item.build, os) };
}
/** Compiler flags an extension build needs for this ABI: on Windows, Py_GIL_DISABLED for cp3XYt. */
function abiBuildFlags(build, os) {
    return build === 'freethreaded' && os === 'win32' ? { CL: '/DPy_GIL_DISABLED=1' } : {};
}
/** The interpreter whose `python` is first on PATH: the default build of the last entry. */
function defaultInterpreter(installed, defaultBuild) {
    const build = defaultBuild ?? (installed.some((i) => i.build === 'freethreaded') ? 'freethreaded' : 'standard');
    const last = installed[installed.length - 1];
    const sameEntry = installed.filter((i) => i.entry === last.entry);
    return sameEntry.find((i) => i.build === build) ?? installed.filter((i) => i.build === build).pop() ?? last;
}
/**
 * The names tox, nox and users type, each for the build it means, as setup-python users expect them:
 * python3.X and pip3.X the standard build, python3.Xt and pip3.Xt the free-threaded one, python,
 * python3, pip and pip3 the default. In a free-threaded prefix python3.X is the free-threaded
 * binary, which tox takes for the standard py3X. Each name has its candidates in order: the first
 * that exists is linked (a build may ship only pip3, or only pip3.X).
 */
function programNames(installed, chosen, os) {
    if (os === 'win32')
        return {};
    const links = {};
    const bin = (item, ...names) => names.map((name) => node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(item.python), name));
    const suffix = (item) => `${item.version.split('.').slice(0, 2).join('.')}${item.build === 'freethreaded' ? 't' : ''}`;
    const pips = (item) => {
        const minor = item.version.split('.').slice(0, 2).join('.');
        return bin(item, ...new Set([`pip${suffix(item)}`, `pip${minor}`, 'pip3', 'pip']));
    };
    for (const item of installed) {
        links[`python${suffix(item)}`] = bin(item, `python${suffix(item)}`);
        links[`pip${suffix(item)}`] = pips(item);
    }
    for (const name of ['python', 'python3'])
        links[name] = [chosen.python];
    for (const name of ['pip', 'pip3'])
        links[name] = bin(chosen, 'pip3', 'pip', `pip${suffix(chosen)}`);
    return links;
}
function envFileText(env) {
    return Object.entries(env)
        .map(([key, value]) => `${key}=${value}\n`)
        .join('');
}
/**
 * Computes PATH entries, environment and outputs. PYTHON_GIL is never exported to the job: the
 * standard build dies at start-up on PYTHON_GIL=0. It is offered through outputs and env files.
 */
function computeExports(installed, defaultBuild, os, pathSeparator, existing, envFileDir) {
    const chosen = defaultInterpreter(installed, defaultBuild);
    const outputs = {};
    const env = {};
    const envFiles = {};
    const pathEntries = [];
    const described = [];
    for (const item of installed) {
        const envFile = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(envFileDir, `${item.abi}.env`);
        envFiles[envFile] = envFileText(buildEnvironment(item, os));
        env[`PYTHON_${item.abi.toUpperCase()}`] = item.python;
        env[`PYTHON_${item.build.toUpperCase()}`] = item.python;
        outputs[`python-version-${item.build}`] = displayVersion(item);
        outputs[`python-path-${item.build}`] = item.python;
        outputs[`abi-tag-${item.build}`] = item.abi;
        outputs[`env-file-${item.build}`] = envFile;
        if (item.build === 'freethreaded')
            outputs['python-gil-freethreaded'] = FREETHREADED_PYTHON_GIL;
        described.push({
            'python-version': displayVersion(item),
            version: item.version,
            build: item.build,
            abi: item.abi,
            'python-path': item.python,
            prefix: item.prefix,
            source: item.source,
            'python-gil': item.build === 'freethreaded' ? FREETHREADED_PYTHON_GIL : null,
            'env-file': envFile,
        });
    }
    // PATH, in core.addPath order (each call prepends): the chosen build of every entry, the default
    // interpreter last so that it ends up first; bin/ after the prefix, as setup-python does.
    const onPath = installed.filter((i) => i.build === chosen.build && i !== chosen);
    for (const item of [...onPath, chosen])
        pathEntries.push(...(0,_find_layout_js__WEBPACK_IMPORTED_MODULE_1__/* .pathDirs */ .iH)(item.prefix, os));
    for (const [key, value] of Object.entries(buildEnvironment(chosen, os))) {
        if (key !== 'PYTHON_GIL' && key !== 'CL')
            env[key] = value;
    }
    env.Python2_ROOT_DIR = chosen.prefix;
    env.PKG_CONFIG_PATH = [env.PKG_CONFIG_PATH, existing.pkgConfigPath].filter(Boolean).join(pathSeparator);
    const libraryPath = libpythonPath(installed, os, existing.ldLibraryPath);
    if (libraryPath)
        env.LD_LIBRARY_PATH = libraryPath;
    outputs['python-version'] = displayVersion(chosen);
    outputs['python-path'] = chosen.python;
    outputs['abi-tag'] = chosen.abi;
    outputs['interpreters'] = JSON.stringify(described);
    const names = { dir: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(envFileDir), 'bin'), links: programNames(installed, chosen, os) };
    if (Object.keys(names.links).length > 0)
        pathEntries.push(names.dir);
    return { path: pathEntries, env, outputs, envFiles, names };
}


/***/ }),

/***/ 96121:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DE: () => (/* binding */ archDirName),
/* harmony export */   F5: () => (/* binding */ installDir),
/* harmony export */   Hw: () => (/* binding */ toolCacheRoot),
/* harmony export */   ce: () => (/* binding */ interpreterPath),
/* harmony export */   iH: () => (/* binding */ pathDirs)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_build_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(59217);


/** setup-python's tool-cache layout: Python/<version>/<arch>[-freethreaded] plus a .complete marker. */
function archDirName(arch, build) {
    return build === 'freethreaded' ? `${arch}-freethreaded` : arch;
}
function installDir(toolCache, version, arch, build) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(toolCache, 'Python', version, archDirName(arch, build));
}
/** The interpreter inside an install prefix; on Unix python3.Xt is the free-threaded one. */
function interpreterPath(dir, os, version, build) {
    const suffix = build === 'freethreaded' ? 't' : '';
    if (os === 'win32')
        return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, suffix ? `python${(0,_model_build_js__WEBPACK_IMPORTED_MODULE_1__/* .minorOf */ .Hs)(version)}t.exe` : 'python.exe');
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'bin', `python${(0,_model_build_js__WEBPACK_IMPORTED_MODULE_1__/* .minorOf */ .Hs)(version)}${suffix}`);
}
/** Directories setup-python puts on PATH for an install. */
function pathDirs(dir, os) {
    return os === 'win32' ? [dir, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'Scripts')] : [dir, node_path__WEBPACK_IMPORTED_MODULE_0___default().join(dir, 'bin')];
}
/** The tool cache: AGENT_TOOLSDIRECTORY where set (as python-versions' setup.sh honours), else RUNNER_TOOL_CACHE. */
function toolCacheRoot(env = process.env) {
    const root = env.AGENT_TOOLSDIRECTORY || env.RUNNER_TOOL_CACHE;
    if (!root)
        throw new Error('RUNNER_TOOL_CACHE is not set: run this action on a GitHub Actions runner');
    return root;
}


/***/ }),

/***/ 79407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _actions_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5841);
/* harmony import */ var _actions_setup_action_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48386);


await (0,_actions_action_js__WEBPACK_IMPORTED_MODULE_0__/* .startAction */ .R)(_actions_setup_action_js__WEBPACK_IMPORTED_MODULE_1__/* .setupAction */ .U);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 26830:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OZ: () => (/* binding */ url),
/* harmony export */   Wr: () => (/* binding */ parseInstallInputs),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   mR: () => (/* binding */ readInputFromEnv),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony exports DEFAULT_MANIFEST_URL, DEFAULT_PBS_LATEST_RELEASE_URL */
/* harmony import */ var _common_faults_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(12056);
/* harmony import */ var _platform_platform_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(28944);


const DEFAULT_MANIFEST_URL = 'https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json';
const DEFAULT_PBS_LATEST_RELEASE_URL = 'https://raw.githubusercontent.com/astral-sh/python-build-standalone/latest-release/latest-release.json';
function readInputFromEnv(name) {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    return (process.env[key] ?? '').trim();
}
function choice(read, name, allowed, fallback) {
    const value = read(name) || fallback;
    if (!allowed.includes(value)) {
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not valid; use one of: ${allowed.join(', ')}`);
    }
    return value;
}
function bool(read, name, fallback) {
    const value = read(name).toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', '1'].includes(value))
        return true;
    if (['false', 'no', '0'].includes(value))
        return false;
    throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${read(name)}' is not valid; use true or false`);
}
function url(read, name, fallback) {
    const value = read(name) || fallback;
    if (value === '')
        return value;
    try {
        const parsed = new URL(value);
        if (!['http:', 'https:', 'file:'].includes(parsed.protocol))
            throw new Error(parsed.protocol);
    }
    catch {
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(name, `'${value}' is not a valid http(s) URL`);
    }
    return value.replace(/\/+$/, '');
}
/** One entry per line or comma, comments (#) and blanks dropped. */
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((line) => line.replace(/#.*$/, '').trim())
        .filter(Boolean);
}
function pbsRelease(read) {
    const tag = read('pbs-release');
    if (tag && !/^\d{8}$/.test(tag)) {
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('pbs-release', `'${tag}' is not a python-build-standalone release tag; use its date, YYYYMMDD`);
    }
    return tag;
}
function parseInstallInputs(read, runnerArch) {
    const archValue = read('architecture') || runnerArch;
    const architecture = (0,_platform_platform_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeArch */ .qA)(archValue);
    if (!architecture) {
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('architecture', `'${archValue}' is not supported; use x64 or arm64`);
    }
    return {
        pythonVersions: splitList(read('python-version')),
        pythonVersionFile: read('python-version-file'),
        builds: choice(read, 'builds', ['both', 'freethreaded', 'standard'], 'both'),
        defaultBuild: read('default-build')
            ? choice(read, 'default-build', ['freethreaded', 'standard'], 'freethreaded')
            : undefined,
        source: choice(read, 'source', ['auto', 'python-versions', 'python-build-standalone'], 'auto'),
        architecture,
        allowPrereleases: bool(read, 'allow-prereleases', false),
        checkLatest: bool(read, 'check-latest', false),
        updateEnvironment: bool(read, 'update-environment', true),
        token: read('token'),
        manifestUrl: url(read, 'manifest-url', DEFAULT_MANIFEST_URL),
        mirror: url(read, 'mirror', ''),
        pbsLatestReleaseUrl: url(read, 'pbs-latest-release-url', DEFAULT_PBS_LATEST_RELEASE_URL),
        pbsRelease: pbsRelease(read),
        pbsMirror: url(read, 'pbs-mirror', ''),
    };
}


/***/ }),

/***/ 74021:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hk: () => (/* binding */ effectiveRange),
/* harmony export */   Sz: () => (/* binding */ parseVersionFile),
/* harmony export */   m: () => (/* binding */ parseVersionEntry),
/* harmony export */   wm: () => (/* binding */ pythonToSemver)
/* harmony export */ });
/* unused harmony exports FIRST_FREETHREADED, rangeReachesFreethreaded */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_faults_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(12056);


/** Free-threaded CPython builds exist from this version on. */
const FIRST_FREETHREADED = '3.13.0-0';
const DEV = /^(\d+\.\d+)-dev$/;
/** uv's spelling of the standard build: 3.14+gil. */
const TRAILING_GIL = /^(.+)\+gil$/;
const TRAILING_T = /^(\d+\.\d+(?:\.\d+)?(?:[-.]?(?:a|b|rc|alpha|beta)\.?\d+)?)t$/;
/** Turns a Python version string (3.15.0rc1, 3.15.0-rc.1, 3.14.7) into semver, or undefined. */
function pythonToSemver(version) {
    const match = /^(\d+)\.(\d+)(?:\.(\d+))?(?:[-.]?(a|b|rc|alpha|beta)\.?(\d+))?$/.exec(version);
    if (!match)
        return undefined;
    const [, major, minor, patch = '0', pre, preNumber] = match;
    const core = `${major}.${minor}.${patch}`;
    if (!pre)
        return core;
    const label = { a: 'alpha', alpha: 'alpha', b: 'beta', beta: 'beta', rc: 'rc' }[pre];
    return `${core}-${label}.${preNumber}`;
}
/**
 * Parses one `python-version` entry: 3.14, 3.14.7, 3.x, >=3.13, 3.15-dev, 3.14t, 3.14.7t, 3.14+gil.
 * `builds` narrows what a plain entry installs; an entry ending in t installs only free-threaded, one
 * ending in +gil (as uv writes it) only the standard build.
 */
function parseVersionEntry(entry, builds, allowPrereleases) {
    const input = 'python-version';
    let spec = entry.trim();
    let wanted = builds === 'both' ? ['standard', 'freethreaded'] : [builds];
    let includePrerelease = allowPrereleases;
    const freethreadedOnly = TRAILING_T.exec(spec);
    if (freethreadedOnly) {
        if (builds === 'standard') {
            throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${entry}' asks for the free-threaded build, but builds is 'standard'`);
        }
        spec = freethreadedOnly[1];
        wanted = ['freethreaded'];
    }
    const standardOnly = TRAILING_GIL.exec(spec);
    if (standardOnly) {
        if (builds === 'freethreaded') {
            throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${entry}' asks for the standard build, but builds is 'freethreaded'`);
        }
        spec = standardOnly[1];
        wanted = ['standard'];
    }
    const dev = DEV.exec(spec);
    let range;
    if (dev) {
        range = `~${dev[1]}.0-0`;
        includePrerelease = true;
    }
    else {
        const exact = pythonToSemver(spec);
        // 3.15 with allow-prereleases also matches 3.15.0rc1, as in setup-python.
        if (exact && /^\d+\.\d+$/.test(spec))
            range = allowPrereleases ? `~${exact}-0` : `~${exact}`;
        else if (exact)
            range = exact;
        else
            range = semver__WEBPACK_IMPORTED_MODULE_0___default().validRange(spec);
        if (exact && semver__WEBPACK_IMPORTED_MODULE_0___default().prerelease(exact))
            includePrerelease = true;
    }
    if (!range) {
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${entry}' is not a CPython version; write it like 3.14, 3.14.7, 3.x, >=3.13, 3.15-dev or 3.14t`);
    }
    if (wanted.includes('freethreaded') && !rangeReachesFreethreaded(range)) {
        throw new _common_faults_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(input, `'${entry}' has no free-threaded build: free-threaded CPython begins at 3.13` +
            (freethreadedOnly ? '' : '; set builds: standard to install only the standard build'));
    }
    return { entry, range, includePrerelease, builds: wanted };
}
/** True when some version from 3.13 on satisfies the range. */
function rangeReachesFreethreaded(range) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().intersects(range, `>=${FIRST_FREETHREADED}`, { includePrerelease: true });
}
/** The range a free-threaded build must satisfy: the request's range, from 3.13 on. */
function effectiveRange(request, build) {
    return build === 'freethreaded' ? `${request.range} >=${FIRST_FREETHREADED}` : request.range;
}
/** Reads a .python-version file's first usable line, as setup-python does. */
function parseVersionFile(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.replace(/#.*$/, '').trim())
        .filter(Boolean);
}


/***/ }),

/***/ 59217:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hs: () => (/* binding */ minorOf),
/* harmony export */   XY: () => (/* binding */ abiTag),
/* harmony export */   _C: () => (/* binding */ tagMinor)
/* harmony export */ });
/*
 * Builds of CPython and the names derived from a version: the words every stage shares.
 */
/** 3.14 of 3.14.2. */
function minorOf(version) {
    return version.split('.').slice(0, 2).join('.');
}
/** The ABI tag, cp314 or cp314t. */
function abiTag(version, build) {
    return `cp${minorOf(version).replace('.', '')}${build === 'freethreaded' ? 't' : ''}`;
}
/** The minor version a Python 3 tag names: 15 of cp315t, 8 of cp38, 12 of py312, 0 of py3; NaN of any other. */
function tagMinor(tag) {
    const match = /^(?:cp|py)3(\d*)t?$/.exec(tag);
    return match ? Number(match[1] || 0) : NaN;
}


/***/ }),

/***/ 59818:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   JA: () => (/* binding */ isStress),
/* harmony export */   QM: () => (/* binding */ MODE_TRAITS),
/* harmony export */   Yy: () => (/* binding */ buildOf),
/* harmony export */   n1: () => (/* binding */ withoutGil),
/* harmony export */   oZ: () => (/* binding */ pythonGilFor),
/* harmony export */   tK: () => (/* binding */ GIL_SETTINGS)
/* harmony export */ });
/*
 * The modes: a test suite run once on one build, with or without the GIL, with or without thread
 * stress. What a mode *is* lives here, as data; what a mode *does* (its interpreter, environment
 * and results) is its plug-in's, in src/modes/.
 */
const MODES = [
    'standard',
    'freethreaded',
    'freethreaded-gil',
    'standard-stress',
    'freethreaded-stress',
    'freethreaded-tsan',
];
const MODE_TRAITS = {
    standard: { build: 'standard', gil: 'standard', stress: false },
    freethreaded: { build: 'freethreaded', gil: 'off', stress: false },
    'freethreaded-gil': { build: 'freethreaded', gil: 'on', stress: false },
    'standard-stress': { build: 'standard', gil: 'standard', stress: true, slower: 'each test in several threads' },
    'freethreaded-stress': { build: 'freethreaded', gil: 'off', stress: true, slower: 'each test in several threads' },
    'freethreaded-tsan': {
        build: 'freethreaded',
        gil: 'off',
        stress: false,
        slower: 'an interpreter instrumented by ThreadSanitizer',
        unsupported: {
            os: 'win32',
            why: 'needs ThreadSanitizer, which CPython supports on Linux (gcc or clang) and macOS (clang) only; drop it on Windows runners',
        },
    },
};
/** The build a mode runs on. */
const buildOf = (mode) => MODE_TRAITS[mode].build;
/** Modes that run every test in several threads at once (pytest-run-parallel). */
const isStress = (mode) => MODE_TRAITS[mode].stress;
/** The modes meant to run without the GIL. */
const withoutGil = (mode) => MODE_TRAITS[mode].gil === 'off';
/** The `gil` input: PYTHON_GIL=0 in the modes without the GIL, or left unset to see what turns it on. */
const GIL_SETTINGS = ['force-off', 'detect'];
/** PYTHON_GIL per mode: never on the standard build, where 0 is fatal at start-up. */
function pythonGilFor(mode, gil) {
    const traits = MODE_TRAITS[mode];
    if (traits.gil === 'on')
        return '1';
    if (traits.gil === 'off')
        return gil === 'force-off' ? '0' : undefined;
    return undefined;
}


/***/ }),

/***/ 28944:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ platformName),
/* harmony export */   HU: () => (/* binding */ parseOsRelease),
/* harmony export */   qA: () => (/* binding */ normalizeArch),
/* harmony export */   yR: () => (/* binding */ normalizeOs)
/* harmony export */ });
/** Parses the text of /etc/os-release into its KEY=value pairs. */
function parseOsRelease(text) {
    const fields = {};
    for (const line of text.split('\n')) {
        const match = /^([A-Z_]+)=(.*)$/.exec(line.trim());
        if (match)
            fields[match[1]] = match[2].replace(/^["']|["']$/g, '');
    }
    return fields;
}
/** Maps Node's or the runner's spelling of an architecture to ours. */
function normalizeArch(value) {
    switch (value.toLowerCase()) {
        case 'x64':
        case 'x86_64':
        case 'amd64':
            return 'x64';
        case 'arm64':
        case 'aarch64':
            return 'arm64';
        default:
            return undefined;
    }
}
/** Maps Node's or the runner's spelling of an OS to ours. */
function normalizeOs(value) {
    switch (value.toLowerCase()) {
        case 'linux':
            return 'linux';
        case 'darwin':
        case 'macos':
            return 'darwin';
        case 'win32':
        case 'windows':
            return 'win32';
        default:
            return undefined;
    }
}
/** The platform in reports and artifact names: linux-x64, macos-arm64, windows-x64. */
function platformName(platform) {
    return `${platform.os === 'win32' ? 'windows' : platform.os === 'darwin' ? 'macos' : 'linux'}-${platform.arch}`;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(79407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
