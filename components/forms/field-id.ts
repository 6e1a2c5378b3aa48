/** The id of a form field's input, from its name: the error summary links to it. */
export function fieldId(name: string): string {
  return `field-${name}`;
}
