"""Shared fixtures: no test writes into the real Jupyter data folder (exercises record progress there)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _private_jupyter_data_dir(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path_factory.mktemp("jupyter-data")))
