#!/usr/bin/env bash
# Tries the built app image as a user without Java would: the bundled launcher, no java on the PATH, no
# JAVA_HOME; --version, then the sample data exported headless to every format.
#   installer/smoke-test.sh VERSION
set -euo pipefail

version="${1:?usage: installer/smoke-test.sh VERSION}"
project="$(cd "$(dirname "$0")/.." && pwd)"
launcher="$project/target/installer/Rapport/bin/Rapport"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT

run() {
  env -i HOME="$home" PATH=/nonexistent LANG=C.UTF-8 "$launcher" "$@"
}

[[ -x "$launcher" ]] || { echo "smoke test: no app image at $launcher; run installer/package.sh first." >&2; exit 1; }

shown="$(run --version)"
[[ "$shown" == "Rapport $version" ]] || { echo "smoke test: --version said '$shown', not 'Rapport $version'." >&2; exit 1; }

run --workspace "$home/ws" sample >/dev/null
for format in csv xlsx pdf vcf; do
  run --workspace "$home/ws" export --format "$format" --out "$home/contacts.$format" >/dev/null
  [[ -s "$home/contacts.$format" ]] || { echo "smoke test: the $format export is missing or empty." >&2; exit 1; }
done
rows="$(($(wc -l < "$home/contacts.csv") - 1))"
[[ "$rows" -ge 30 ]] || { echo "smoke test: the CSV export holds $rows contacts, not the sample's 30." >&2; exit 1; }
# The class-data archive is optional for a start, but the image is built with it (about 15 % faster).
[[ -s "$project/target/installer/Rapport/lib/app/rapport.jsa" ]] || { echo "smoke test: the image has no class-data archive (lib/app/rapport.jsa); see target/installer/cds.log." >&2; exit 1; }
echo "smoke test: the app image runs without a system Java: --version, sample, export (csv xlsx pdf vcf) and the class-data archive passed."
