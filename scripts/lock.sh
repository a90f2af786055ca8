#!/usr/bin/env bash
# Regenerate constraints.txt, the pinned environment the README's set-up command and .ci/run install with.
# Run from the project root after changing dependencies in pyproject.toml:  bash scripts/lock.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tool=$(mktemp -d)
python3 -m venv "$tool"
"$tool/bin/pip" install --quiet pip-tools
"$tool/bin/pip-compile" --quiet --extra test --extra dask --strip-extras --no-emit-index-url --no-emit-find-links \
  -o constraints.txt pyproject.toml
rm -rf "$tool"
echo "constraints.txt regenerated; commit it with the pyproject.toml change"
