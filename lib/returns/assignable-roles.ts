/** The roles whose holders edit items, and so can be assigned them. */
export const ASSIGNABLE_ROLES = ["contributor", "clinical_lead"] as const;
