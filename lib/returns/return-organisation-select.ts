// What every return query selects of the return's organisation: enough for the policy and for
// naming it on a page.
export const RETURN_ORGANISATION_SELECT = {
  id: true,
  name: true,
  kind: true,
  regionId: true,
  icbId: true,
} as const;
