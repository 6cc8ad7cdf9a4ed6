/**
 * An accessible API reference beside Swagger UI (/docs): the same OpenAPI document rendered as
 * plain, semantic HTML — headings, lists and tables, no script — so screen-reader and keyboard
 * users can read the whole contract (Swagger UI's own markup has contrast, nesting, alt and label
 * faults we cannot fix from outside). Served at /docs/reference.
 */

interface Operation {
  summary?: string
  description?: string
  tags?: string[]
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: unknown }[]
  requestBody?: { content?: Record<string, unknown> }
  responses?: Record<string, { description?: string }>
  security?: unknown[]
}
interface OpenApiDocument {
  info: { title: string; version: string; description?: string }
  tags?: { name: string; description?: string }[]
  paths: Record<string, Record<string, Operation>>
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** `code` spans from backticks; everything else escaped. Enough of Markdown for these descriptions. */
const prose = (text: string) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>')

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

function typeOf(schema: unknown): string {
  const s = (schema ?? {}) as { type?: string; format?: string; enum?: unknown[]; anyOf?: unknown[] }
  if (s.enum) return s.enum.map(String).join(' | ')
  if (s.anyOf) return s.anyOf.map(typeOf).join(' | ')
  return [s.type ?? 'any', s.format && `(${s.format})`].filter(Boolean).join(' ')
}

function operationHtml(method: string, path: string, op: Operation): string {
  const id = slug(`${method} ${path}`)
  const parts = [
    `<section class="op" aria-labelledby="${id}">`,
    `<h3 id="${id}"><span class="method method--${method}">${method.toUpperCase()}</span> <code>${escape(path)}</code></h3>`,
  ]
  if (op.summary) parts.push(`<p class="summary">${prose(op.summary)}</p>`)
  if (op.description) parts.push(`<p>${prose(op.description)}</p>`)
  parts.push(`<p class="auth">${op.security?.length ? 'Needs a bearer token.' : 'Public: no token needed.'}</p>`)
  if (op.parameters?.length) {
    parts.push(
      `<table><caption>Parameters of ${method.toUpperCase()} ${escape(path)}</caption>`,
      '<thead><tr><th scope="col">Name</th><th scope="col">In</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Description</th></tr></thead><tbody>',
      ...op.parameters.map(
        (p) =>
          `<tr><th scope="row"><code>${escape(p.name)}</code></th><td>${escape(p.in)}</td><td>${escape(typeOf(p.schema))}</td><td>${p.required ? 'yes' : 'no'}</td><td>${prose(p.description ?? '')}</td></tr>`,
      ),
      '</tbody></table>',
    )
  }
  if (op.requestBody?.content)
    parts.push(
      `<p>Body: ${Object.keys(op.requestBody.content)
        .map((type) => `<code>${escape(type)}</code>`)
        .join(', ')}</p>`,
    )
  const responses = Object.entries(op.responses ?? {})
  if (responses.length) {
    parts.push(
      '<dl class="responses">',
      ...responses.map(([status, r]) => `<dt>${escape(status)}</dt><dd>${prose(r.description ?? '')}</dd>`),
      '</dl>',
    )
  }
  parts.push('</section>')
  return parts.join('\n')
}

const STYLE = `
body{font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:0}
main,.top{max-width:60rem;margin:0 auto;padding:1rem}.top{padding-bottom:0}
a{color:#0b4f9c}
a:focus,summary:focus{outline:3px solid #0b4f9c;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
code{font-family:ui-monospace,monospace;background:#f2f2f2;padding:0 .2em}
.op{border-top:1px solid #767676;padding:.5rem 0 1rem}
.method{display:inline-block;min-width:4.5em;text-align:center;color:#fff;border-radius:3px;padding:0 .3em}
.method--get{background:#0b5c2e}.method--post{background:#0b4f9c}.method--put,.method--patch{background:#7a4100}
.method--delete{background:#a1001b}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top}
caption{text-align:left;font-weight:600}
.responses dt{font-weight:700}.responses dd{margin:0 0 .25rem 1rem}
nav ul{columns:2 14rem}
`

/** The whole reference page, from the generated OpenAPI document. */
export function renderApiReference(doc: OpenApiDocument): string {
  const byTag = new Map<string, string[]>()
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method]
      if (!op) continue
      const tag = op.tags?.[0] ?? 'other'
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationHtml(method, path, op)])
    }
  }
  const tags = [
    ...(doc.tags ?? []).filter((t) => byTag.has(t.name)),
    ...[...byTag.keys()]
      .filter((name) => !(doc.tags ?? []).some((t) => t.name === name))
      .map((name) => ({ name, description: '' })),
  ]
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(doc.info.title)} ${escape(doc.info.version)} — API reference</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#content">Skip to the reference</a>
<header class="top"><p><a href="/docs">Interactive documentation (Swagger UI)</a> · <a href="/docs/json">OpenAPI document (JSON)</a></p></header>
<main id="content">
<h1>${escape(doc.info.title)} ${escape(doc.info.version)}: API reference</h1>
${doc.info.description ? `<p>${prose(doc.info.description)}</p>` : ''}
<nav aria-label="Sections of the reference"><h2>Sections</h2><ul>
${tags.map((t) => `<li><a href="#tag-${slug(t.name)}">${escape(t.name)}</a></li>`).join('\n')}
</ul></nav>
${tags
  .map(
    (t) =>
      `<section aria-labelledby="tag-${slug(t.name)}"><h2 id="tag-${slug(t.name)}">${escape(t.name)}</h2>${t.description ? `<p>${prose(t.description)}</p>` : ''}\n${byTag.get(t.name)!.join('\n')}</section>`,
  )
  .join('\n')}
</main>
</body>
</html>`
}
