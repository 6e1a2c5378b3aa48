// One demo user per role, for trying the app and for the browser tests. Seeded only on the
// embedded default database, or with npm start -- --demo (see scripts/start.ts). The password
// is public: it is printed at start-up and written in the README.
import type { Role } from "../policy/roles";

export const DEMO_PASSWORD = "ambitions-demo-2026";

export const BNSSG_ICB = "Bristol, North Somerset and South Gloucestershire";
export const SOUTH_WEST_REGION = "South West";

export type DemoUser = {
  email: string;
  name: string;
  password: string;
  role: Role;
  /** The organisation the membership is on (an ICB, or a region for the regional lead). */
  organisation: { kind: "icb" | "region"; name: string };
};

const icb = { kind: "icb", name: BNSSG_ICB } as const;

export const DEMO_USERS: readonly DemoUser[] = [
  { email: "contributor@demo.ambitions.nhs.uk", name: "Casey Contributor", password: DEMO_PASSWORD, role: "contributor", organisation: icb },
  { email: "programme.manager@demo.ambitions.nhs.uk", name: "Priya Programme-Manager", password: DEMO_PASSWORD, role: "programme_manager", organisation: icb },
  { email: "clinical.lead@demo.ambitions.nhs.uk", name: "Chris Clinical-Lead", password: DEMO_PASSWORD, role: "clinical_lead", organisation: icb },
  { email: "board.member@demo.ambitions.nhs.uk", name: "Bola Board-Member", password: DEMO_PASSWORD, role: "board_member", organisation: icb },
  {
    email: "regional.lead@demo.ambitions.nhs.uk",
    name: "Rhian Regional-Lead",
    password: DEMO_PASSWORD,
    role: "regional_lead",
    organisation: { kind: "region", name: SOUTH_WEST_REGION },
  },
  // An administrator is system-wide; the membership only records where they sit.
  { email: "administrator@demo.ambitions.nhs.uk", name: "Alex Administrator", password: DEMO_PASSWORD, role: "administrator", organisation: icb },
];
