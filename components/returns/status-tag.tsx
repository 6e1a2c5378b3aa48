import { copy } from "@/lib/copy/en";
import type { ReturnStatus } from "@/lib/policy/policy";

export function StatusTag({ status }: { status: ReturnStatus }) {
  return <strong className={`nhsuk-tag ${copy.returns.statusTagClass[status]}`}>{copy.returns.statusLabels[status]}</strong>;
}
