"""The case study's blank map: refused while blank, compared cell by cell after, the computed map following the
facts and never on screen before the student has drawn hers."""

from __future__ import annotations

import pytest

from pilaw.law.errors import InputError
from pilaw.teaching import case_grid
from pilaw.teaching.case_study import CaseFacts
from pilaw.widgets.case_grid import CaseGrid


def right_answers(facts=None):
    return {(c.party, c.route): c.answer for c in case_grid.computed(facts)}


def test_the_map_has_a_cell_for_every_party_and_every_kind_of_liability():
    cells = case_grid.computed()
    assert {(c.party, c.route) for c in cells} == {
        (p, r) for p, _zh, _en in case_grid.PARTIES for r, _rz, _re in case_grid.ROUTES
    }
    assert all(c.why_zh and c.why_en and c.ref for c in cells)


def test_on_the_case_s_facts_the_shop_is_liable_on_every_route_and_the_employee_is_not_fined_by_the_police():
    answers = right_answers()
    assert answers[("shop", "criminal")] == "liable" and answers[("employee", "criminal")] == "liable"
    assert answers[("employee", "administrative")] == "not_liable"  # his conduct is a crime


def test_had_the_shop_fixed_the_flaw_when_ordered_art_286_1_would_not_be_made_out():
    assert right_answers(CaseFacts(refused=False))[("shop", "criminal")] == "not_liable"


def test_below_the_standards_the_employee_commits_no_crime_and_the_police_may_fine_him():
    answers = right_answers(CaseFacts(sold_transaction=10, sold_whereabouts=1, employee_gain=0))
    assert answers[("employee", "criminal")] == "not_liable" and answers[("employee", "administrative")] == "liable"


def test_a_blank_map_is_refused_in_both_languages():
    with pytest.raises(InputError) as info:
        case_grid.compare({})
    assert "至少填写一格" in info.value.zh and "at least one cell" in info.value.en


def test_a_right_map_agrees_everywhere_and_one_wrong_cell_differs_with_its_provision():
    assert all(v.agrees for v in case_grid.compare(right_answers()))
    wrong = {**right_answers(), ("employee", "administrative"): "liable"}
    [differs] = [v for v in case_grid.compare(wrong) if not v.agrees]
    assert differs.cell.ref == "cybersecurity_law/64" and differs.given == "liable"


def test_the_widget_refuses_a_blank_map_and_shows_nothing_of_the_analysis_before():
    grid = CaseGrid()
    assert grid.result.value == ""
    grid.button.click()
    assert "请检查输入" in grid.result.value and "Please check the input" in grid.result.value
    assert "分析结果" not in grid.result.value


def test_the_widget_compares_one_filled_cell_and_explains_where_it_differs():
    grid = CaseGrid()
    grid.cells[("employee", "administrative")].value = "liable"
    grid.button.click()
    page = grid.result.value
    assert "你填写了1格，其中0格与分析一致" in page and "✗ 不一致 differs" in page
    assert "治安管理处罚只适用于尚不构成犯罪的行为" in page and "网络安全法第六十四条" in page
