"""environment.yml (conda, Binder) and requirements.txt (pip) must describe the same environment."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

rattler = pytest.importorskip("rattler")
tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[1]
ALLOWED_KEYS = {"name", "channels", "dependencies", "variables", "prefix"}
NOT_FROM_PIP = {"python", "pip"}  # conda-only entries


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pip_pins() -> dict[str, str]:
    pins = {}
    for raw in (ROOT / "requirements.txt").read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"requirements.txt pins every package with ==: {line!r}"
            pins[canonical(name)] = version
    return pins


def conda_specs(path: Path) -> tuple[dict[str, str], list]:
    data = yaml.safe_load(path.read_text())
    assert isinstance(data, dict) and set(data) <= ALLOWED_KEYS, f"{path.name}: unexpected keys"
    assert data.get("channels") == ["conda-forge"], f"{path.name}: channels must be the list [conda-forge]"
    specs, pip_entries = {}, []
    for dep in data["dependencies"]:
        if isinstance(dep, dict):
            assert set(dep) == {"pip"} and isinstance(dep["pip"], list), f"{path.name}: bad entry {dep!r}"
            pip_entries.extend(dep["pip"])
            continue
        assert isinstance(dep, str), f"{path.name}: bad entry {dep!r}"
        spec = rattler.MatchSpec(dep)  # raises on a malformed spec, offline
        name = spec.name.normalized
        if name in NOT_FROM_PIP:
            continue
        version = str(spec.version)
        assert version.startswith("=="), f"{path.name}: pin {dep!r} exactly with ==, as requirements.txt does"
        specs[canonical(name)] = version[2:]
    return specs, pip_entries


def pip_only_pins(pip_entries: list) -> dict[str, str]:
    """The pinned PyPI-only packages of an environment file's pip section (everything but ``-e .``)."""
    pins = {}
    for entry in pip_entries:
        if entry != "-e .":
            name, _, version = entry.partition("==")
            assert version, f"pin {entry!r} exactly with =="
            pins[canonical(name)] = version
    return pins


def environment_pins(path: Path) -> dict[str, str]:
    specs, pip_entries = conda_specs(path)
    only_pip = pip_only_pins(pip_entries)
    assert not set(specs) & set(only_pip), f"{path.name}: a package listed for both conda and pip"
    return {**specs, **only_pip}


def test_environment_yml_lists_exactly_the_pip_pins():
    assert environment_pins(ROOT / "environment.yml") == pip_pins()


def test_environment_yml_installs_the_package_itself_with_pip():
    _, pip_entries = conda_specs(ROOT / "environment.yml")
    assert pip_entries[-1] == "-e ."


def test_environment_yml_asks_for_the_same_python_floor_as_pyproject():
    floor = re.search(r'requires-python\s*=\s*">=([\d.]+)"', (ROOT / "pyproject.toml").read_text()).group(1)
    assert f"python>={floor}" in yaml.safe_load((ROOT / "environment.yml").read_text())["dependencies"]


def test_binder_builds_the_same_environment_and_installs_the_package():
    assert environment_pins(ROOT / ".binder" / "environment.yml") == pip_pins()
    post_build = (ROOT / ".binder" / "postBuild").read_text()
    assert "set -e" in post_build and "pip install" in post_build and "-e ." in post_build


def test_constraints_pin_every_requirement_at_the_same_version():
    lock = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.strip().split("==")
            lock[canonical(name)] = version
    for name, version in pip_pins().items():
        assert lock.get(name) == version, (
            f"constraints.txt pins {name} at {lock.get(name)}, requirements.txt at {version}"
        )


def test_a_malformed_spec_is_caught(tmp_path):
    bad = tmp_path / "environment.yml"
    bad.write_text("channels: [conda-forge]\ndependencies:\n  - ipywidgets>==8\n")
    from rattler.exceptions import InvalidMatchSpecError

    with pytest.raises(InvalidMatchSpecError):
        conda_specs(bad)


def test_drift_between_the_two_files_is_caught(tmp_path, monkeypatch):
    drifted = tmp_path / "environment.yml"
    drifted.write_text((ROOT / "environment.yml").read_text().replace("  - pip\n", "  - pip\n  - requests==2.32.3\n"))
    specs, _ = conda_specs(drifted)
    assert specs != pip_pins()


def test_gitignore_does_not_ignore_the_library():
    import subprocess

    result = subprocess.run(
        ["git", "check-ignore", "lib/pilaw/__init__.py"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.stdout == ""


def test_the_version_is_written_once_in_the_package():
    from importlib.metadata import version

    import pilaw

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert version("pilaw") == pilaw.__version__


def test_the_licence_file_matches_the_licence_pyproject_declares():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]["text"]
    assert declared == "MIT"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License\n")


def test_the_lint_type_and_layer_tools_are_pinned_and_configured():
    pins = pip_pins()
    assert {"ruff", "mypy", "import-linter"} <= set(pins)
    tools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]
    assert {"ruff", "mypy", "importlinter"} <= set(tools)
