#!/usr/bin/env bash
# Bundle the query page's editor for offline use: CodeMirror 5 (MIT licence) from the npm registry, only the
# files the page loads, into kg/static/codemirror/ with its licence. Run again to change the pinned version.
set -euo pipefail
VERSION=5.65.18
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "codemirror@$VERSION" >/dev/null && tar xzf "codemirror-$VERSION.tgz")
out=kg/static/codemirror
rm -rf "$out" && mkdir -p "$out"
for f in lib/codemirror.js lib/codemirror.css mode/sparql/sparql.js addon/hint/show-hint.js addon/hint/show-hint.css \
         addon/edit/matchbrackets.js LICENSE; do
  cp "$tmp/package/$f" "$out/$(basename "$f")"
done
echo "CodeMirror $VERSION" > "$out/VERSION"
ls -l "$out"
