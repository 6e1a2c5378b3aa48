import { ChoicesField, type ChoicesFieldProps } from "./choices-field";

/** Radios: one choice of several. */
export function RadiosField({ defaultValue, ...props }: ChoicesFieldProps & { defaultValue?: string }) {
  return <ChoicesField type="radio" checked={defaultValue === undefined ? [] : [defaultValue]} {...props} />;
}
