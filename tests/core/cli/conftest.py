"""Shared by the CLI test modules that build one vault per module: each module's own
`made` fixture returns (the real CLI on that vault, the case references it made)."""

from __future__ import annotations

import pytest

from tests.core.cli.real_cli import RealCli


@pytest.fixture(scope="module")
def cli(made: tuple[RealCli, dict[str, str]]) -> RealCli:
    return made[0]


@pytest.fixture(scope="module")
def refs(made: tuple[RealCli, dict[str, str]]) -> dict[str, str]:
    return made[1]
