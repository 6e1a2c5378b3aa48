import { copy } from "@/lib/copy/en";

export function ErrorMessage({ id, message }: { id: string; message: string }) {
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">{copy.forms.errorPrefix}</span>
      {message}
    </span>
  );
}
