"""A student's progress through the exercises, kept on the student's own machine and nowhere else.

Every exercise a student checks is recorded locally, so that the start notebook can show how far they have got.
What is recorded follows PIPL art. 6 (minimum necessary: only what the progress table and an export need) and
art. 47 (the student can delete all of it, at once, at any time):

* in JupyterLab, one file: ``jupyter_core.paths.jupyter_data_dir() / "pilaw" / "progress.json"`` (the user's
  own Jupyter data folder; ``JUPYTER_DATA_DIR`` moves it);
* in the no-install site (Pyodide), one file in the site's own file area, :data:`SITE_FILE` — JupyterLite keeps
  that area in this browser's storage for this site alone (the kernel runs in a web worker, which has no
  ``localStorage``; its ``/drive`` folder is the site's files, kept by the browser).

Nothing is ever sent anywhere: this module opens no connection and imports no network library.

The record (:data:`FORMAT`) is JSON::

    {"format": "pilaw-progress/1",
     "exercises": {"05_compensation/page-floor":
                      {"lesson": "05_compensation", "kind": "choice", "answer": 2,
                       "right_first": false, "right": true, "tries": 2}},
     "pseudonym": "9f2c…"}                       # only once the student has exported

Per exercise (:data:`EXERCISE_KEYS`): its ``lesson``; its ``kind`` (``choice``, ``amount``, ``short``); the
``answer`` given the first time — the option's index, the amount as read (``"1200.50"``; the text typed is not
kept, only the number read from it), or :data:`WRITTEN` for a written answer (that one was written, never its
text: the text may hold anything, and the table needs only to know that the task was done); whether that first
answer was right (``right_first``) and whether the latest one was (``right``; ``null`` for a written answer,
which the student compares with the model answer themselves); and ``tries``, how many times it was checked.
No name, no account, no time: the table needs no date, so none is kept, not even the day.

An export (:func:`export`) holds a random pseudonym (:func:`secrets.token_hex`, made once, derived from
nothing about the student) and the first answers, nothing else; a student may choose to hand it in. The
pseudonym is de-identified information, not anonymous (PIPL art. 73): the teacher sees answers, not names.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from pilaw.law.errors import InputError
from pilaw.law.money import parse_yuan
from pilaw.teaching import exercises as bank

__all__ = [
    "EXERCISE_KEYS",
    "EXPORT_KEYS",
    "FORMAT",
    "KEY_FILE",
    "RECORD_KEYS",
    "SITE_FILE",
    "WRITTEN",
    "FileStorage",
    "LessonProgress",
    "QuestionSummary",
    "Storage",
    "answer_key",
    "attempt",
    "class_summary",
    "default_storage",
    "erase",
    "export",
    "export_name",
    "load",
    "read_exports",
    "shown",
    "summary",
]

FORMAT = "pilaw-progress/1"
#: the record in the no-install site: a hidden folder of the site's file area, which the browser keeps
SITE_FILE = Path("/drive/.pilaw/progress.json")
WRITTEN = "written"  # the answer recorded for a written task: that one was written, not what
RECORD_KEYS = frozenset({"format", "exercises", "pseudonym"})
EXERCISE_KEYS = frozenset({"lesson", "kind", "answer", "right_first", "right", "tries"})
EXPORT_KEYS = frozenset({"pseudonym", "answers"})
PSEUDONYM_BYTES = 8  # 16 hex digits: enough that two students of a class never share one

Answer = int | str


class Storage(Protocol):
    """Where the record is kept: one text, read, written whole, or erased."""

    def read(self) -> str | None: ...

    def write(self, text: str) -> None: ...

    def erase(self) -> None: ...

    def where(self) -> str: ...


@dataclass(frozen=True)
class FileStorage:
    """One file on the student's machine."""

    path: Path

    def read(self) -> str | None:
        try:
            return self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None

    def write(self, text: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".partial")
        partial.write_text(text, encoding="utf-8")
        partial.replace(self.path)  # never half a record, even if the kernel stops mid-write

    def erase(self) -> None:
        self.path.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # the folder pilaw made, if nothing else is in it
            self.path.parent.rmdir()

    def where(self) -> str:
        return str(self.path)


def default_storage() -> Storage:
    """The site's file area (kept by the browser) in the no-install site, the user's Jupyter data folder elsewhere."""
    if sys.platform == "emscripten":
        return FileStorage(SITE_FILE)
    from jupyter_core.paths import jupyter_data_dir

    return FileStorage(Path(jupyter_data_dir()) / "pilaw" / "progress.json")


def _empty() -> dict[str, Any]:
    return {"format": FORMAT, "exercises": {}}


def load(storage: Storage | None = None) -> dict[str, Any]:
    """The record, or an empty one. A record this version cannot read is treated as empty (and replaced on the
    next attempt): progress is a convenience, never worth an error in the middle of an exercise."""
    text = (storage or default_storage()).read()
    if not text:
        return _empty()
    try:
        record = json.loads(text)
    except ValueError:
        return _empty()
    if not isinstance(record, dict) or record.get("format") != FORMAT or not isinstance(record.get("exercises"), dict):
        return _empty()
    return record


def _save(record: Mapping[str, Any], storage: Storage) -> None:
    storage.write(json.dumps(record, ensure_ascii=False, sort_keys=True, indent=1))


def _answer(kind: str, answer: object) -> Answer:
    """What is kept of an answer: an option's index, an amount as read (never the text typed), or WRITTEN."""
    if kind == "short":
        return WRITTEN
    if kind == "choice":
        return int(str(answer))
    if isinstance(answer, Decimal):
        return str(answer)
    try:
        return str(parse_yuan(str(answer), "答案 answer"))
    except InputError:
        return "?"  # not reached from a quiz, which records only what it could read


def _kind(answer: object) -> str:
    if answer is None or answer == WRITTEN:
        return "short"
    if isinstance(answer, int) and not isinstance(answer, bool):
        return "choice"
    return "amount"


def attempt(exercise_id: str, answer: object, right: bool | None, storage: Storage | None = None) -> bool:
    """Record one check of an exercise: ``answer`` is the option's index (an ``int``), the amount (a ``Decimal``
    or the text it was read from) or :data:`WRITTEN`; ``right`` is ``None`` for a written answer.

    An exercise without a bank id (``"<lesson>/<name>"``) is not recorded. Returns whether the attempt was
    recorded; a storage that fails (a full disk, a browser that refuses) loses the attempt, never the exercise."""
    if not exercise_id or "/" not in exercise_id:
        return False
    try:
        where = storage or default_storage()
        record = load(where)
        kind = _kind(answer)
        kept = record["exercises"].get(exercise_id)
        if kept is None:
            kept = record["exercises"][exercise_id] = {
                "lesson": exercise_id.split("/", 1)[0],
                "kind": kind,
                "answer": _answer(kind, answer),
                "right_first": right,
                "tries": 0,
            }
        kept["right"] = right
        kept["tries"] = int(kept.get("tries", 0)) + 1
        _save(record, where)
    except (OSError, ImportError, ValueError, TypeError, AttributeError):
        return False
    return True


def erase(storage: Storage | None = None) -> None:
    """Delete everything recorded: the file and the folder pilaw made for it (in the site, in its browser-kept area)."""
    (storage or default_storage()).erase()


def _pseudonym(record: dict[str, Any], storage: Storage) -> str:
    pseudonym = record.get("pseudonym")
    if not isinstance(pseudonym, str) or not pseudonym:
        pseudonym = record["pseudonym"] = secrets.token_hex(PSEUDONYM_BYTES)
        _save(record, storage)
    return pseudonym


def export(storage: Storage | None = None) -> dict[str, Any]:
    """What a student may hand in: the pseudonym (made once, at the first export) and each exercise's first
    answer, nothing else — no lesson names, tries or results (the teacher's notebook reads those off the bank)."""
    where = storage or default_storage()
    record = load(where)
    answers = {ident: kept["answer"] for ident, kept in sorted(record["exercises"].items()) if "answer" in kept}
    return {"pseudonym": _pseudonym(record, where), "answers": answers}


def export_name(exported: Mapping[str, Any]) -> str:
    return f"pilaw-export-{exported['pseudonym']}.json"


def export_text(exported: Mapping[str, Any]) -> str:
    return json.dumps(exported, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


@dataclass(frozen=True)
class LessonProgress:
    lesson: str
    exercises: int  # in the lesson's bank (0 where the lesson has none)
    tried: int
    right_first: int
    written: int  # of the tried: written answers, which are not marked


def summary(record: Mapping[str, Any] | None = None) -> list[LessonProgress]:
    """Per lesson (every lesson with a bank, and any other the record names): exercises, tried, right first time."""
    record = load() if record is None else record
    exercises: Mapping[str, Mapping[str, Any]] = record.get("exercises", {})
    in_bank = Counter(exercise.lesson for exercise in bank.bank())
    lessons = sorted(set(in_bank) | {kept.get("lesson", "") for kept in exercises.values()})
    rows = []
    for lesson in lessons:
        mine = [kept for kept in exercises.values() if kept.get("lesson") == lesson]
        rows.append(
            LessonProgress(
                lesson,
                in_bank[lesson],
                len(mine),
                sum(kept.get("right_first") is True for kept in mine),
                sum(kept.get("kind") == "short" for kept in mine),
            )
        )
    return rows


# --- the teacher's side: a folder of exports ---------------------------------------------------------------


def _valid_export(data: object) -> bool:
    return (
        isinstance(data, dict)
        and set(data) == EXPORT_KEYS
        and isinstance(data["pseudonym"], str)
        and isinstance(data["answers"], dict)
    )


def read_exports(folder: str | Path) -> list[dict[str, Any]]:
    """Every ``pilaw-export-*.json`` in ``folder`` that is an export (anything else is skipped), one per
    pseudonym (a student who handed in twice counts once: the later file by name wins)."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(Path(folder).glob("pilaw-export-*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if _valid_export(data):
            found[data["pseudonym"]] = data
    return list(found.values())


KEY_FILE = "answer_key.json"  # beside the exports: the right answers of questions that are not in the course's bank


def answer_key(folder: str | Path | None = None) -> dict[str, Answer]:
    """The right answer of every marked question: the bank's choices (the option's index) and amounts (as read),
    and, where ``folder`` holds an :data:`KEY_FILE` (``{"<lesson>/<name>": answer}``), a teacher's own questions."""
    key: dict[str, Answer] = {}
    for exercise in bank.bank():
        if isinstance(exercise, bank.Choice):
            key[exercise.id] = exercise.answer
        elif isinstance(exercise, bank.Amount):
            key[exercise.id] = str(exercise.answer)
    if folder is not None and (Path(folder) / KEY_FILE).is_file():
        extra = json.loads((Path(folder) / KEY_FILE).read_text(encoding="utf-8"))
        key.update({str(ident): answer for ident, answer in extra.items() if isinstance(answer, int | str)})
    return key


@dataclass(frozen=True)
class QuestionSummary:
    id: str
    answered: int
    right: int | None  # None: no right answer is known for it (a written task), so it is not marked
    wrong: tuple[tuple[str, int], ...]  # the wrong answers, commonest first: (the answer as shown, how many)


def shown(answer: Answer) -> str:
    """An answer as the student saw it: an option's letter (0 → ``"A"``), or the amount."""
    if isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer < 26:
        return chr(ord("A") + answer)
    return str(answer)


def _same(answer: Answer, right: Answer) -> bool:
    if isinstance(right, int):
        return answer == right
    try:
        return Decimal(str(answer)) == Decimal(str(right))
    except ArithmeticError:
        return False


def class_summary(
    exports: Iterable[Mapping[str, Any]], key: Mapping[str, Answer] | None = None
) -> list[QuestionSummary]:
    """Per question (the bank's order, then the rest by id): how many answered, how many were right the first
    time, and the commonest wrong first answers. ``key``: :func:`answer_key` unless given."""
    key = answer_key() if key is None else key
    answers: dict[str, list[Answer]] = {}
    for exported in exports:
        for ident, answer in exported["answers"].items():
            answers.setdefault(ident, []).append(answer)
    in_bank = [exercise.id for exercise in bank.bank()]
    order = [ident for ident in in_bank if ident in answers] + sorted(set(answers) - set(in_bank))
    rows = []
    for ident in order:
        given = answers[ident]
        if ident not in key:
            rows.append(QuestionSummary(ident, len(given), None, ()))
            continue
        wrong = Counter(shown(answer) for answer in given if not _same(answer, key[ident]))
        right = len(given) - sum(wrong.values())
        rows.append(
            QuestionSummary(ident, len(given), right, tuple(sorted(wrong.items(), key=lambda i: (-i[1], i[0]))))
        )
    return rows
