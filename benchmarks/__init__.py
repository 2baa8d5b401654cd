"""Benchmarks: `python -m benchmarks.run` (see run.py)."""

import os
import sys

# Time what a user's machine does after its first start, with the compiled bytecode cached:
# a shell with PYTHONDONTWRITEBYTECODE set would time compiling every module on each start.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False
