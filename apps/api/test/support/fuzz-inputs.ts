/**
 * Fuzz inputs derived from the contract's route objects (see fuzz.test.ts).
 *
 * 1. `sampleValue` (fuzz-samples.ts) builds a minimal valid value for a JSON schema (TypeBox emits plain JSON schema):
 *    every property, required or optional (so optional inputs are fuzzed too), one item per array
 *    (or minItems), the first enum value, the lower bound of numbers, strings that honour format,
 *    pattern and length. An `override` hook lets the test put real ids and a coherent service
 *    definition at chosen paths, so a request gets past existence checks into the handler.
 * 2. `leavesOf` walks a schema beside such a value and lists every node (string, number, boolean,
 *    object, array) with its path.
 * 3. `casesFor(route, …)` turns each leaf of params, query and body into mutations (NUL, lone
 *    surrogates, huge integers, `1e400`, wrong types, unknown properties, …), each a pure edit of
 *    the baseline request; multipart routes get malformed multipart bodies.
 * 4. `materialize` applies one edit to a baseline request and says whether the contract requires the
 *    request to be refused (`mustRefuse`): it breaks the route's schema (checked with an Ajv set up
 *    like the server's), carries NUL or a lone surrogate (CONVENTIONS: "every text schema uses one
 *    string format (no NUL, no lone surrogates)"), a non-finite number, bytes that are not UTF-8, or
 *    is a malformed upload.
 */

export { isMultipartRoute, samplePdf, validMultipart } from './fuzz-multipart.ts'
export { casesFor, type Edit, type FuzzCase } from './fuzz-mutations.ts'
export { carriesUnstorable, materialize, type FuzzRequest } from './fuzz-requests.ts'
export {
  leavesOf,
  schemaAccepts,
  type BaselineParts,
  type Leaf,
  type LeafType,
  type Override,
  type Part,
  type Path,
  type Schema,
} from './fuzz-schemas.ts'
