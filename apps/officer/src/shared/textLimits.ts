/** The length limits a contract string schema declares (TypeBox keeps them on the schema object, untyped). */
export function textLimits(schema: object): { min: number; max: number | undefined } {
  const { minLength, maxLength } = schema as { minLength?: number; maxLength?: number }
  return { min: minLength ?? 0, max: maxLength }
}
