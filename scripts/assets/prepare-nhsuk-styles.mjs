// Copies the NHS design system stylesheet and its icons into public/ (run by postinstall).
// The stylesheet is served as a static file rather than bundled: nhsuk-frontend's compiled CSS
// uses constructs (an Internet Explorer `@media screen\0` hack, `@container` queries) that
// Next's CSS parser rejects, and a static file keeps the design system's CSS byte for byte.
// Its icons are referenced as /assets/images/..., hence public/assets/.
import { copyFileSync, cpSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const packageDir = path.dirname(require.resolve("nhsuk-frontend/package.json"));

mkdirSync(path.join(root, "public/nhsuk"), { recursive: true });
copyFileSync(
  path.join(packageDir, "dist/nhsuk/nhsuk-frontend.min.css"),
  path.join(root, "public/nhsuk/nhsuk-frontend.min.css"),
);
cpSync(path.join(packageDir, "dist/nhsuk/assets"), path.join(root, "public/assets"), { recursive: true });
