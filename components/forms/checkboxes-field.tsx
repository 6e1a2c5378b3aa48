import { ChoicesField, type ChoicesFieldProps } from "./choices-field";

/** Checkboxes: any number of choices, all sent under one name. */
export function CheckboxesField({ checked, ...props }: ChoicesFieldProps & { checked: readonly string[] }) {
  return <ChoicesField type="checkbox" checked={checked} {...props} />;
}
