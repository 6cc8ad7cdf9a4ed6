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

/** Ranges of `summary: '…'` / `description: '…'` properties (with their separating comma) in an ESTree. */
function proseRanges(ast) {
  const ranges = []
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return
    if (node.type === 'ObjectExpression') {
      const props = node.properties
      props.forEach((prop, i) => {
        const key = prop.type === 'Property' && !prop.computed ? (prop.key.name ?? prop.key.value) : undefined
        if (!PROSE.has(key) || !isText(prop.value)) return
        // Up to the next property, or back to the previous one's end: the comma goes with it.
        if (i + 1 < props.length) ranges.push([prop.start, props[i + 1].start])
        else if (i > 0) ranges.push([props[i - 1].end, prop.end])
        else ranges.push([prop.start, prop.end])
      })
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
      const ranges = proseRanges(this.parse(code))
        .sort((a, b) => b[0] - a[0])
        // A nested property inside a removed one is removed with it.
        .filter(
          (range, i, all) =>
            !all.some(
              (outer, j) =>
                j !== i &&
                outer[0] <= range[0] &&
                range[1] <= outer[1] &&
                (outer[0] !== range[0] || outer[1] !== range[1]),
            ),
        )
      let out = code
      for (const [start, end] of ranges) out = out.slice(0, start) + out.slice(end)
      return { code: out, map: null }
    },
  }
}
