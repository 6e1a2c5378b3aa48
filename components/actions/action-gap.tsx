import { planCopy } from "@/lib/copy/plan";

type Props = {
  returnTitle: string;
  ambitionNumber: number;
  item: { key: string; number: string | null; text: string; gaps: string } | null;
  /** The partner whose gap this is, with what they wrote for the item. */
  source: { organisationName: string; gaps: string } | null;
};

/** The gap an action answers, as written in the self-assessment (and by the partner) it came from. */
export function ActionGap({ returnTitle, ambitionNumber, item, source }: Props) {
  if (!item) {
    return (
      <div className="nhsuk-inset-text">
        <p>{planCopy.fromAmbition(ambitionNumber, returnTitle)}</p>
      </div>
    );
  }
  return (
    <div className="nhsuk-inset-text">
      <h2 className="nhsuk-heading-s">{planCopy.theGap}</h2>
      <p className="nhsuk-body-s">
        {planCopy.itemLabel(item.number, item.key)}: {item.text}
      </p>
      <p className="app-answer-text">{item.gaps || planCopy.noGapWritten}</p>
      {source ? (
        <>
          <h3 className="nhsuk-heading-xs">{planCopy.partnerGap(source.organisationName)}</h3>
          <p className="app-answer-text">{source.gaps || planCopy.noGapWritten}</p>
        </>
      ) : null}
    </div>
  );
}
