/** Query strings arrive as text; turn "true"/"false" into booleans and leave anything else for the validator to refuse. */
export function toBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true' || value === true) return true;
  if (value === 'false' || value === false) return false;
  return value;
}
