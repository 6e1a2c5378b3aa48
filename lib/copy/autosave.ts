// Words of the autosave API (app/api/returns/[id]/answers) and the no-JavaScript item page's
// "next item" button. The editor shows its own copy; these are what the API itself says.
export const autosaveCopy = {
  itemKeyInvalid: "Say which item this is (an item number such as 1.1.2)",
  levelInvalid: "Level must be a whole number from 0 to 5, or null for not yet rated",
  textInvalid: (label: string) => `${label} must be text`,
  revisionInvalid: "expectedRevision must be a whole number, 0 for an item never saved",
  levelReasonName: "Reason for the level",
  levelReasonTooLong: (max: number) => `Reason for the level must be ${max} characters or fewer`,
  sinceInvalid: "since must be a date and time in ISO 8601 format, as the last answer's now gave it",
  refused: "You can read this self-assessment but not change this item: it is assigned to someone else.",
  saveAndNext: "Save and go to the next item",
  // The return page's task list of ambitions (the design system's task list pattern).
  ambitionStatus: { notStarted: "Not started", inProgress: "In progress", completed: "Completed" },
} as const;
