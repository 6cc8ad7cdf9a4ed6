// A Vite plugin for the SPAs: drops the `summary` and `description` properties from the contract's
// modules when they are bundled. Those are the OpenAPI document's prose for integrators; a browser
// needs the routes' methods, URLs and schemas' shapes, never their explanations, and every route
// would otherwise ship its paragraphs in the first bundle.
const CONTRACT_SOURCE = /[\\/]packages[\\/]contract[\\/]src[\\/](?!.*\.test\.ts$).*\.ts$/
const PROSE = new Set(['summary', 'description'])

/** Prose is written as a string, a template or strings joined with `+`; a schema named `description` is not. */
const isText = (node) =>
  (node.type === 'Literal' && typeof node.value === 'string') ||
  node.type === 'TemplateLiteral' ||
  (node.type === 'BinaryExpression' && node.operator === '+' && (isText(node.left) || isText(node.right)))

/**
 * Ranges of `summary: '…'` / `description: '…'` properties in an ESTree, each with the comma after
 * it when there is one (a trailing comma left before `}` is still valid JavaScript), so no two
 * ranges of one object overlap.
 */
function proseRanges(ast, code) {
  const ranges = []
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return
    if (node.type === 'ObjectExpression')
      for (const prop of node.properties) {
        const key = prop.type === 'Property' && !prop.computed ? (prop.key.name ?? prop.key.value) : undefined
        if (!PROSE.has(key) || !isText(prop.value)) continue
        const comma = /^\s*,/.exec(code.slice(prop.end))
        ranges.push([prop.start, prop.end + (comma ? comma[0].length : 0)])
      }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit)
      else if (value && typeof value === 'object') visit(value)
    }
  }
  visit(ast)
  return ranges
}

export function stripRouteProse() {
  return {
    name: 'pintu:strip-route-prose',
    apply: 'build',
    enforce: 'post',
    transform(code, id) {
      if (!CONTRACT_SOURCE.test(id)) return null
      // Prose values are strings, so no removed range holds another; cut from the end backwards.
      const ranges = proseRanges(this.parse(code), code).sort((a, b) => b[0] - a[0])
      let out = code
      for (const [start, end] of ranges) out = out.slice(0, start) + out.slice(end)
      return { code: out, map: null }
    },
  }
}
