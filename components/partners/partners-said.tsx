// "What our partners said" on an item of the ICB's own return: every partner's latest level,
// evidence and gaps (a summary list each, which stacks at 320 px), how many are at each level,
// and the proposed level with why. Nothing is averaged; the rater sets the ICB's level below.
import { LevelTag } from "@/components/returns/level-tag";
import { DataTable } from "@/components/ui/data-table";
import type { Actor } from "@/lib/audit/actor";
import { partnersCopy } from "@/lib/copy/partners";
import { copy } from "@/lib/copy/en";
import { db } from "@/lib/db/prisma";
import { listPartnerAnswers } from "@/lib/partners/list-partner-answers";
import { can } from "@/lib/policy/policy";
import type { ReturnView } from "@/lib/returns/get-return";
import { toReturnRef } from "@/lib/returns/to-return-ref";
import { proposeLevel } from "@/lib/scoring";
import { UseProposedLevelButton } from "./use-proposed-level-button";

export async function PartnersSaid({ user, stored, itemKey, editable }: { user: Actor; stored: ReturnView; itemKey: string; editable: boolean }) {
  if (!can(user, "return.readPartners", { type: "return", ...toReturnRef(stored) })) return null;
  const answers = await listPartnerAnswers(db(), { returnId: stored.id, itemKey }, user);
  if (answers.length === 0) return null;
  const proposal = proposeLevel(answers);
  const t = partnersCopy.said;
  const levels = [0, 1, 2, 3, 4, 5] as const;
  return (
    <section aria-labelledby="partners-said-heading" className="app-partners-said">
      <h2 id="partners-said-heading">{t.heading}</h2>
      <p>{t.lede(answers.length)}</p>

      <div className="nhsuk-card nhsuk-card--feature">
        <div className="nhsuk-card__content nhsuk-card__content--feature">
          <h3 className="nhsuk-card__heading nhsuk-card__heading--feature">{t.proposedHeading}</h3>
          <p className="nhsuk-body-l nhsuk-u-margin-bottom-2">
            {proposal.level === null ? t.noProposal : <LevelTag level={proposal.level} />}
          </p>
          <p>
            <strong>{t.why}</strong>
            {proposal.reason}
          </p>
          {editable && proposal.level !== null && <UseProposedLevelButton level={proposal.level} label={t.useProposed(proposal.level)} />}
        </div>
      </div>

      <DataTable caption={t.countsCaption} columns={[{ label: t.countsColumns.level }, { label: t.countsColumns.partners, numeric: true }]}>
        {levels.map((level) => (
          <tr key={level} className="nhsuk-table__row">
            <th scope="row" className="nhsuk-table__header">
              {copy.returns.levelValue(level)}
            </th>
            <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{proposal.counts.atLevel[level]}</td>
          </tr>
        ))}
        <tr className="nhsuk-table__row">
          <th scope="row" className="nhsuk-table__header">
            {copy.returns.notRated}
          </th>
          <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{proposal.counts.notRated}</td>
        </tr>
      </DataTable>

      {answers.map((answer) => (
        <div key={answer.partnerReturnId} className="app-partner-answer">
          <h3 className="nhsuk-heading-s">{t.partnerCaption(answer.organisationName, t.status[answer.status])}</h3>
          <dl className="nhsuk-summary-list">
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t.level}</dt>
              <dd className="nhsuk-summary-list__value">
                <LevelTag level={answer.level} />
              </dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t.evidence}</dt>
              <dd className="nhsuk-summary-list__value app-answer-text">{answer.evidence.trim() || t.none}</dd>
            </div>
            <div className="nhsuk-summary-list__row">
              <dt className="nhsuk-summary-list__key">{t.gaps}</dt>
              <dd className="nhsuk-summary-list__value app-answer-text">{answer.gaps.trim() || t.none}</dd>
            </div>
          </dl>
        </div>
      ))}
    </section>
  );
}
