#!/usr/bin/env bash
# Install crosswire into .venv and print the brief of the bundled demo corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e .
.venv/bin/crosswire demo "$@"
