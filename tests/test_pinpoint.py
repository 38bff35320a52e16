"""A step can cite a paragraph (款) and an item (项), and the provision display highlights exactly those words."""

from __future__ import annotations

from datetime import date

import pytest

from pilaw import LawError, law
from pilaw.law.steps import Step
from pilaw.law.text import chinese_number, pinpoint_zh
from pilaw.show.render import cite_label, provision_html, steps_html

DAY = date(2024, 6, 1)


def test_an_article_splits_into_paragraphs_each_with_the_items_that_follow_it():
    art5 = law.provision("spc_2017_personal_information/5", DAY)
    paragraphs = art5.paragraph_lines()
    assert len(paragraphs) == 2
    assert art5.paragraphs_zh[paragraphs[0][4]].startswith("（四）")
    assert art5.paragraphs_zh[paragraphs[1][0]].startswith("实施前款规定的行为")


def test_item_4_of_paragraph_1_is_one_line_and_paragraph_2_of_pipl_66_is_its_second_paragraph():
    art5 = law.provision("spc_2017_personal_information/5", DAY)
    (line,) = art5.lines_of(1, 4)
    assert "住宿信息、通信记录、健康生理信息" in art5.paragraphs_zh[line]
    pipl66 = law.provision("pipl/66", DAY)
    assert pipl66.lines_of(2) == (1,) and "五千万元以下或者上一年度营业额百分之五以下" in pipl66.paragraphs_zh[1]


@pytest.mark.parametrize(("paragraph", "item"), [(3, None), (0, None), (1, 11), (2, 9)])
def test_a_paragraph_or_item_the_article_does_not_have_is_refused(paragraph, item):
    with pytest.raises(LawError):
        law.provision("spc_2017_personal_information/5", DAY).lines_of(paragraph, item)


def test_paragraph_and_item_numbers_read_as_the_law_writes_them():
    assert pinpoint_zh(2, 4) == "第二款第四项" and pinpoint_zh(1) == "第一款" and pinpoint_zh(None) == ""
    assert [chinese_number(n) for n in (10, 11, 20, 1034)] == ["十", "十一", "二十", "一千零三十四"]


def test_a_label_names_the_paragraph_and_item_in_both_languages():
    label = cite_label("spc_2017_personal_information/5", DAY, 1, 4)
    assert "第五条第一款第四项" in label and "art. 5 para. 1 item 4" in label


def test_the_provision_display_highlights_only_the_cited_item():
    markup = provision_html("spc_2017_personal_information/5", DAY, paragraph=1, item=4)
    highlighted = markup.count("<tr style=")
    assert highlighted == 1 and "art. 5 para. 1 item 4" in markup
    assert provision_html("spc_2017_personal_information/5", DAY).count("<tr style=") == 0


def test_a_step_table_shows_the_paragraph_a_step_cites():
    step = Step("……", "…", "pipl/66", paragraph=2)
    assert "PIPL art. 66 para. 2" in steps_html([step], DAY) and "第六十六条第二款" in steps_html([step], DAY)
    assert str(step).endswith("[pipl/66 para. 2]")
