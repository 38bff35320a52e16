"""Reading a judgment: a published case shown as the course's reference records it, nothing added."""

from __future__ import annotations

import json
from pathlib import Path

from pilaw.show.judgment import NOT_STATED, judgment_html
from pilaw.teaching.cases import case

ROOT = Path(__file__).resolve().parents[1]


def test_guo_bing_shows_the_award_the_deletions_and_its_sources():
    page = judgment_html("B3")
    assert "1,038 元 yuan" in page and "fingerprints (2nd inst.)" in page
    assert all(source.url in page for source in case("B3").sources)
    assert "主流媒体" in page  # the grade, in words


def test_what_the_reference_does_not_state_is_said_to_be_not_stated():
    page = judgment_html("B4")
    assert "5,231 元 yuan" in page and "not privacy" in page
    assert NOT_STATED in page  # how the amount was fixed is not recorded


def test_the_two_lessons_render_their_case_from_the_library_and_ask_about_it():
    for lesson, case_id in (("01_personal_information", "B3"), ("05_compensation", "B4")):
        cells = json.loads((ROOT / "notebooks" / f"{lesson}.ipynb").read_text(encoding="utf-8"))["cells"]
        code = "".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
        assert f'show_judgment("{case_id}")' in code
        bank = json.loads((ROOT / "lib" / "pilaw" / "data" / "exercises" / f"{lesson}.json").read_text("utf-8"))
        asked = [
            e
            for e in bank
            if case_id in e.get("sources", ()) or case("B3" if case_id == "B3" else "B4").name_zh[:2] in e["prompt_zh"]
        ]
        assert any(e["kind"] == "short" and e["task"] == "case" for e in asked)
