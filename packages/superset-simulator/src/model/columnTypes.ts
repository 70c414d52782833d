/** GenericDataType codes Superset uses in `type_generic` and chart data `coltypes`. */
export const GenericType = {
  NUMERIC: 0,
  STRING: 1,
  TEMPORAL: 2,
  BOOLEAN: 3,
} as const;

/** Superset derives the generic type from the database column type; this mirrors that for SQL types. */
export function genericTypeOf(sqlType: string): number {
  const type = sqlType.toUpperCase();
  if (type.includes('BOOL')) {
    return GenericType.BOOLEAN;
  }
  if (/DATE|TIME/.test(type)) {
    return GenericType.TEMPORAL;
  }
  if (/INT|NUMERIC|DECIMAL|FLOAT|DOUBLE|REAL|NUMBER|MONEY|SERIAL/.test(type)) {
    return GenericType.NUMERIC;
  }
  return GenericType.STRING;
}
