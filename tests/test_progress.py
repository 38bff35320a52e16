"""A student's progress stays theirs: one file (or one browser key) with only the documented keys, erased
whole, exported as a pseudonym and answers only, and nothing ever sent."""

from __future__ import annotations

import json
import re
import socket
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from pilaw.show import progress_chart
from pilaw.teaching import exercises as bank
from pilaw.teaching import progress
from pilaw.widgets.progress import ProgressPanel
from pilaw.widgets.quiz import Amount, Choice, Item, ShortItem

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "notebooks" / "teacher" / "example_exports"


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A fresh Jupyter data folder, and a working folder for exports; no socket may be opened."""
    data = tmp_path / "jupyter-data"
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(data))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)

    def refuse(*args, **kwargs):
        raise AssertionError("a socket was opened")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return data


def files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def choice(ident: str, answer: int = 1) -> Choice:
    return Choice("问？", "Question?", ["a", "b", "c"], answer, "因为。", "Because.", id=ident)


def amount(ident: str, answer: str = "1200.50") -> Amount:
    return Amount("多少？", "How much?", Decimal(answer), "因为。", "Because.", id=ident)


def short(ident: str) -> bank.Short:
    return bank.Short(
        ident, ident.split("/", maxsplit=1)[0], "argue", "论证。", "Argue.", "模型。", "Model.", (("要点", "point"),)
    )


def answer(item: Item | ShortItem, value: object) -> None:
    item.input.value = value
    item.check()


def answer_a_few() -> None:
    first = Item(1, choice("05_compensation/page-floor", answer=1))
    answer(first, 0)  # wrong first time
    answer(first, 1)  # then right
    answer(Item(2, choice("01_personal_information/phone", answer=2)), 2)
    answer(Item(3, amount("05_compensation/gain")), "1,200.50元")
    answer(ShortItem(4, short("03_after_a_leak/notice")), "张三 wrote a long answer with a name in it")
    answer(Item(5, choice("", answer=0)), 0)  # an ad-hoc question without a bank id: not recorded


def test_answering_writes_one_file_with_only_the_documented_keys(data_dir):
    answer_a_few()
    assert files_under(data_dir) == ["pilaw/progress.json"]
    assert files_under(Path.cwd()) == []
    record = json.loads((data_dir / "pilaw" / "progress.json").read_text(encoding="utf-8"))
    assert set(record) <= progress.RECORD_KEYS and record["format"] == progress.FORMAT
    assert "pseudonym" not in record  # made only at the first export
    exercises = record["exercises"]
    assert set(exercises) == {
        "05_compensation/page-floor",
        "01_personal_information/phone",
        "05_compensation/gain",
        "03_after_a_leak/notice",
    }
    assert all(set(kept) == progress.EXERCISE_KEYS for kept in exercises.values())
    assert exercises["05_compensation/page-floor"] == {
        "lesson": "05_compensation",
        "kind": "choice",
        "answer": 0,
        "right_first": False,
        "right": True,
        "tries": 2,
    }
    assert exercises["05_compensation/gain"]["answer"] == "1200.50"  # the amount read, not the text typed
    written = exercises["03_after_a_leak/notice"]
    assert written == {
        "lesson": "03_after_a_leak",
        "kind": "short",
        "answer": progress.WRITTEN,
        "right_first": None,
        "right": None,
        "tries": 1,
    }
    text = (data_dir / "pilaw" / "progress.json").read_text(encoding="utf-8")
    assert "张三" not in text and "name" not in text  # the written text is never kept
    assert not re.search(r"date|time|\d{4}-\d\d", text)  # no timestamp of any kind, not even the day


def test_a_refused_or_empty_answer_is_not_recorded(data_dir):
    answer(Item(1, amount("05_compensation/gain")), "一千")
    answer(Item(2, choice("05_compensation/page-floor")), None)
    answer(ShortItem(3, short("03_after_a_leak/notice")), "   ")
    assert not data_dir.exists()


def test_the_summary_counts_tried_and_right_first_time_per_lesson(data_dir):
    answer_a_few()
    rows = {row.lesson: row for row in progress.summary(progress.load())}
    assert (rows["05_compensation"].tried, rows["05_compensation"].right_first) == (2, 1)
    assert (rows["01_personal_information"].tried, rows["01_personal_information"].right_first) == (1, 1)
    assert (rows["03_after_a_leak"].tried, rows["03_after_a_leak"].written) == (1, 1)


def test_erase_leaves_no_file_and_no_folder(data_dir):
    answer_a_few()
    progress.erase()
    assert files_under(data_dir) == []
    assert not (data_dir / "pilaw").exists()
    assert progress.load() == {"format": progress.FORMAT, "exercises": {}}
    progress.erase()  # erasing nothing is fine


def test_export_holds_the_pseudonym_and_the_answers_only(data_dir):
    answer_a_few()
    exported = progress.export()
    assert set(exported) == progress.EXPORT_KEYS == {"pseudonym", "answers"}
    assert len(exported["pseudonym"]) == 2 * progress.PSEUDONYM_BYTES
    int(exported["pseudonym"], 16)
    assert exported["answers"] == {
        "01_personal_information/phone": 2,
        "03_after_a_leak/notice": progress.WRITTEN,
        "05_compensation/gain": "1200.50",
        "05_compensation/page-floor": 0,
    }
    assert progress.export()["pseudonym"] == exported["pseudonym"]  # made once, kept
    progress.erase()
    answer_a_few()
    assert progress.export()["pseudonym"] != exported["pseudonym"]  # erased with the rest


def test_the_panel_shows_the_table_erases_and_exports_into_the_current_folder(data_dir):
    answer_a_few()
    panel = ProgressPanel()
    assert "05_compensation" in panel.table.value and "Right first time" in panel.table.value
    panel.export_button.click()
    [name] = files_under(Path.cwd())
    exported = json.loads((Path.cwd() / name).read_text(encoding="utf-8"))
    assert name == f"pilaw-export-{exported['pseudonym']}.json"
    assert set(exported) == {"pseudonym", "answers"}
    assert name in panel.message.value and "href" in panel.message.value
    panel.erase_button.click()
    assert files_under(data_dir) == []
    assert "No exercise recorded yet" in panel.table.value
    assert files_under(Path.cwd()) == [name]  # the student's own export is theirs to delete


@pytest.fixture
def site(data_dir, monkeypatch, tmp_path):
    """The no-install site: Pyodide's platform, and the site's file area (``/drive``) at a folder of its own."""
    drive = tmp_path / "drive"
    drive.mkdir()
    monkeypatch.setattr(sys, "platform", "emscripten")
    monkeypatch.setattr(progress, "SITE_FILE", drive / ".pilaw" / "progress.json")
    return drive


def test_in_the_site_one_file_of_the_site_s_own_area_holds_the_record_and_nothing_else_is_written(site, data_dir):
    answer_a_few()
    assert files_under(site) == [".pilaw/progress.json"]
    record = json.loads(progress.SITE_FILE.read_text(encoding="utf-8"))
    assert all(set(kept) == progress.EXERCISE_KEYS for kept in record["exercises"].values())
    assert not data_dir.exists() and files_under(Path.cwd()) == []
    panel = ProgressPanel()
    panel.export_button.click()
    assert 'download="pilaw-export-' in panel.message.value and "data:application/json;base64," in panel.message.value
    assert files_under(Path.cwd()) == []  # a download from the page, nothing written
    panel.erase_button.click()
    assert list(site.iterdir()) == []  # the file and the folder pilaw made


def test_in_the_site_a_storage_that_cannot_be_written_loses_the_attempt_not_the_exercise(data_dir, monkeypatch):
    monkeypatch.setattr(sys, "platform", "emscripten")
    monkeypatch.setattr(progress, "SITE_FILE", Path("/proc/no-such-drive/.pilaw/progress.json"))
    item = Item(1, choice("05_compensation/page-floor"))
    answer(item, 1)
    assert item.correct is True and "Right" in item.feedback.value
    assert not data_dir.exists()


def test_the_library_holds_no_network_code():
    source = (ROOT / "lib" / "pilaw" / "teaching" / "progress.py").read_text(encoding="utf-8")
    for word in ("socket", "urllib", "http", "requests", "fetch", "pyodide.http"):
        assert f"import {word}" not in source and f"from {word}" not in source


def test_the_teacher_summary_of_the_example_exports():
    exports = progress.read_exports(EXAMPLES)
    assert len(exports) == 8 and all(set(e) == progress.EXPORT_KEYS for e in exports)
    summary = {q.id: q for q in progress.class_summary(exports, progress.answer_key(EXAMPLES))}
    consent = summary["example/separate-consent"]
    assert (consent.answered, consent.right, consent.wrong[0]) == (8, 4, ("A", 2))
    assert summary["example/argue-both"].right is None
    spec = progress_chart.class_answers(EXAMPLES)
    assert spec["$schema"].endswith("/vega-lite/v5.json") and "\n" not in spec["description"]
    values = spec["data"]["values"]
    assert {row["question"] for row in values} == set(summary)
    assert sum(row["count"] for row in values if row["question"] == "example/separate-consent") == 8
    assert "example/notice-items" in progress_chart.summary_html(EXAMPLES)


def test_a_file_that_is_not_an_export_is_skipped(tmp_path):
    (tmp_path / "pilaw-export-abc.json").write_text(json.dumps({"pseudonym": "abc", "answers": {}, "name": "x"}))
    (tmp_path / "pilaw-export-def.json").write_text("not json")
    (tmp_path / "pilaw-export-0123.json").write_text(json.dumps({"pseudonym": "0123", "answers": {"a/b": 1}}))
    assert progress.read_exports(tmp_path) == [{"pseudonym": "0123", "answers": {"a/b": 1}}]
