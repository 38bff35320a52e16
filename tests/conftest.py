"""Shared fixtures: no test writes into the real Jupyter data folder (exercises record progress there), and every
test starts in the English edition."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_jupyter_data_dir(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path_factory.mktemp("jupyter-data")))


@pytest.fixture(autouse=True)
def _english_edition():
    """Each test starts in the English edition; one that switches to the Chinese edition does not leak it."""
    from pilaw.show import edition

    edition.set_edition("en")
    yield
    edition.set_edition("en")
