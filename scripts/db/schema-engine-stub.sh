#!/bin/sh
# Stand-in for the native Prisma schema engine, which cannot be downloaded here.
# `prisma generate` and `prisma validate` only check that it exists; migrations use the wasm engine.
echo "The native Prisma schema engine is not used in this project: use npm run db:migrate" >&2
exit 1
