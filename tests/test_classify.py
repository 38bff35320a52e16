"""What personal information is: Civil Code arts. 1032, 1034 and PIPL arts. 4, 28, item by item."""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import pytest

from pilaw import law
from pilaw.law.errors import InputError, LawError
from pilaw.rules.classify import Personal, Private, Sensitive, classify, items

PIPL_DAY = date(2021, 11, 1)
CIVIL_CODE_DAY = date(2021, 1, 1)


def raw_items() -> list[dict]:
    return json.loads((resources.files("pilaw") / "data" / "information_items.json").read_text(encoding="utf-8"))


def cited(result) -> set[str]:
    return {step.cites for step in result.steps}


# --- the data file agrees with the corpus -------------------------------------------------------------------


def test_every_item_listed_as_personal_is_named_word_for_word_in_civil_code_1034_para_2():
    list_para = law.provision("civil_code/1034").paragraphs_zh[1]
    for rec in raw_items():
        if rec["personal"]["label"] == "listed":
            assert rec["personal"]["term_zh"] in list_para, rec["key"]


def test_every_item_listed_as_sensitive_is_named_word_for_word_in_pipl_28_para_1():
    list_para = law.provision("pipl/28").paragraphs_zh[0]
    for rec in raw_items():
        if rec["sensitive"]["label"] == "listed":
            assert rec["sensitive"]["term_zh"] in list_para, rec["key"]


def test_the_nine_examples_of_art_1034_and_the_seven_of_pipl_28_are_all_covered():
    civil = {r["personal"]["term_zh"] for r in raw_items() if r["personal"]["label"] == "listed"}
    pipl = {r["sensitive"]["term_zh"] for r in raw_items() if r["sensitive"]["label"] == "listed"}
    assert civil == {
        "姓名",
        "出生日期",
        "身份证件号码",
        "生物识别信息",
        "住址",
        "电话号码",
        "电子邮箱",
        "健康信息",
        "行踪信息",
    }
    assert pipl == {
        "生物识别",
        "宗教信仰",
        "特定身份",
        "医疗健康",
        "金融账户",
        "行踪轨迹",
        "不满十四周岁未成年人的个人信息",
    }


def test_every_ref_in_the_data_file_is_in_the_corpus_and_every_text_is_bilingual():
    for rec in raw_items():
        refs = [g["ref"] for g in rec["personal"]["grounds"]] + [rec["sensitive"]["ref"], rec["private"]["ref"]]
        for ref in refs:
            assert law.versions(ref), ref
        for part in ("sensitive", "private"):
            assert rec[part]["reason_zh"] and rec[part]["reason_en"], (rec["key"], part)
            assert bool(rec[part]["note_en"]) == bool(rec[part]["note_zh"]) == (not rec[part]["settled"])
        for ground in rec["personal"]["grounds"]:
            assert ground["reason_zh"] and ground["reason_en"]


def test_items_lists_every_record_in_file_order_with_labels():
    listed = items()
    assert [i.key for i in listed] == [r["key"] for r in raw_items()]
    assert len(listed) == 20
    assert all(i.label_zh and i.label_en and i.example_en for i in listed)


# --- personal information (Civil Code 1034, PIPL 4) ------------------------------------------------------------


@pytest.mark.parametrize(
    "key", ["name", "birth_date", "id_number", "biometrics", "address", "phone", "email", "health", "whereabouts"]
)
def test_the_nine_examples_of_art_1034_are_personal_information_because_the_article_names_them(key):
    result = classify(key)
    assert result.personal is Personal.LISTED and result.is_personal
    assert result.steps[0].cites == "civil_code/1034"


@pytest.mark.parametrize(
    "key",
    [
        "gender",
        "religion",
        "specific_identity",
        "financial_account",
        "child_under_14",
        "diary",
        "intimate_photos",
        "shopping_history",
        "de_named_record",
    ],
)
def test_other_items_are_personal_information_under_the_general_definition(key):
    result = classify(key)
    assert result.personal is Personal.DEFINITION and result.is_personal
    assert {"civil_code/1034", "pipl/4"} <= cited(result)


def test_anonymised_information_is_not_personal_information_under_pipl_4():
    result = classify("anonymised")
    assert result.personal is Personal.NOT_PERSONAL and not result.is_personal
    assert result.steps[0].cites == "pipl/4"
    assert "匿名化处理后的信息" in result.steps[0].text_zh
    assert result.sensitive is Sensitive.NOT_PERSONAL and result.private is Private.NOT_PERSONAL


def test_a_company_s_information_is_not_personal_information_because_only_natural_persons_have_it():
    result = classify("company")
    assert result.personal is Personal.NOT_PERSONAL
    assert result.steps[0].cites == "civil_code/1034" and "自然人" in result.steps[0].text_zh


def test_a_record_with_the_name_removed_is_still_personal_information():
    result = classify("de_named_record")
    assert result.is_personal and "与其他信息结合" in result.steps[0].text_zh


# --- sensitive personal information (PIPL 28) -----------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    ["biometrics", "health", "whereabouts", "religion", "specific_identity", "financial_account", "child_under_14"],
)
def test_the_pipl_28_categories_are_sensitive_and_need_purpose_necessity_and_strict_protection(key):
    result = classify(key)
    assert result.sensitive is Sensitive.LISTED and result.is_sensitive
    steps = [s for s in result.steps if s.cites == "pipl/28"]
    assert any("严格保护措施" in s.text_zh for s in steps)


def test_a_child_s_name_is_sensitive_although_a_name_is_not():
    assert classify("child_under_14").sensitive is Sensitive.LISTED
    assert classify("name").sensitive is Sensitive.NOT_LISTED


@pytest.mark.parametrize("key", ["name", "birth_date", "address", "phone", "email", "gender", "shopping_history"])
def test_items_pipl_28_does_not_list_are_not_listed_and_the_step_says_the_list_is_open(key):
    result = classify(key)
    assert result.sensitive is Sensitive.NOT_LISTED and not result.is_sensitive
    assert any(s.cites == "pipl/28" and "等" in s.text_zh and "facts" in s.text_en for s in result.steps)


def test_a_phone_number_is_personal_but_not_listed_as_sensitive():
    result = classify("phone")
    assert result.personal is Personal.LISTED and result.sensitive is Sensitive.NOT_LISTED


@pytest.mark.parametrize("key", ["id_number", "intimate_photos", "whereabouts", "specific_identity"])
def test_contested_readings_are_marked_unsettled_with_a_step_saying_so(key):
    result = classify(key)
    assert result.settled is False
    assert any("尚无定论" in s.text_zh and "not settled" in s.text_en for s in result.steps)


def test_settled_items_carry_no_unsettled_step():
    result = classify("financial_account")
    assert result.settled is True
    assert not any("尚无定论" in s.text_zh for s in result.steps)


# --- private information (Civil Code 1032, 1034 para. 3) ------------------------------------------------------


@pytest.mark.parametrize(
    "key,expected",
    [
        ("diary", Private.LIKELY),
        ("intimate_photos", Private.LIKELY),
        ("health", Private.LIKELY),
        ("name", Private.DEPENDS),
        ("address", Private.DEPENDS),
        ("company", Private.NOT_PERSONAL),
    ],
)
def test_private_information_is_only_ever_a_may_be(key, expected):
    result = classify(key)
    assert result.private is expected
    if expected is not Private.NOT_PERSONAL:
        assert result.may_be_private
        step = next(s for s in result.steps if s.cites == "civil_code/1032")
        assert "可能是私密信息" in step.text_zh and "may be private information" in step.text_en
        assert "on the facts" in step.text_en
    else:
        assert not result.may_be_private


def test_information_that_may_be_private_points_to_the_privacy_rules_first():
    result = classify("diary")
    refs = [s.cites for s in result.steps]
    assert "civil_code/1033" in refs
    para3 = next(s for s in result.steps if s.cites == "civil_code/1034" and "隐私权" in s.text_zh)
    assert "para. 3" in para3.text_en


def test_every_step_of_every_item_cites_a_corpus_provision():
    for item in items():
        for step in classify(item.key).steps:
            assert law.versions(step.cites)
            assert step.text_zh and step.text_en


# --- dates: the Civil Code from 2021-01-01, the PIPL from 2021-11-01 ------------------------------------------


def test_before_the_pipl_there_was_no_statutory_category_of_sensitive_personal_information():
    before = classify("health", on=PIPL_DAY.replace(day=1, month=10))
    assert before.sensitive is Sensitive.NOT_IN_FORCE and not before.is_sensitive
    assert before.is_personal and "pipl/4" not in cited(before)
    on_the_day = classify("health", on=PIPL_DAY)
    assert on_the_day.sensitive is Sensitive.LISTED and "pipl/4" in cited(on_the_day)


def test_anonymised_data_before_the_pipl_fails_the_definition_of_art_1034_and_art_1038_only_exempts_providing_it():
    # once taught as resting on art. 1038 para. 1 alone, as if that paragraph were part of the definition
    result = classify("anonymised", on=date(2021, 10, 31))
    assert not result.is_personal and "pipl/4" not in cited(result)
    definition, providing = result.steps[0], result.steps[1]
    assert (definition.cites, definition.paragraph) == ("civil_code/1034", 2)
    assert "fails the definition" in definition.text_en
    assert (providing.cites, providing.paragraph) == ("civil_code/1038", 1)
    assert "no part of the definition" in providing.text_en and "exception to the ban on providing" in providing.text_en
    assert (
        "但是经过加工无法识别特定个人且不能复原的除外"
        in law.provision("civil_code/1038", date(2021, 10, 31)).paragraphs_zh[0]
    )


def test_anonymised_data_under_the_pipl_is_excluded_by_art_4_and_fails_the_civil_code_definition_too():
    result = classify("anonymised", on=date(2021, 11, 1))
    assert [(s.cites, s.paragraph) for s in result.steps[:3]] == [
        ("pipl/4", None),
        ("civil_code/1034", 2),
        ("civil_code/1038", 1),
    ]


def test_before_the_civil_code_the_corpus_has_no_rule_and_says_so():
    assert classify("name", on=CIVIL_CODE_DAY).is_personal
    with pytest.raises(LawError):
        classify("name", on=date(2020, 12, 31))


# --- bad input -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [True, None, "abc", "-1", "NaN", "1.005", 3, ""])
def test_an_unknown_item_is_refused_with_a_bilingual_message(bad):
    with pytest.raises(InputError) as caught:
        classify(bad)
    assert caught.value.zh and caught.value.en


@pytest.mark.parametrize("bad", [True, "2021-11-01", 20211101])
def test_a_date_that_is_not_a_date_is_refused(bad):
    with pytest.raises(InputError):
        classify("name", on=bad)


def test_an_item_key_is_read_with_surrounding_spaces_ignored():
    assert classify("  phone ").key == "phone"


# --- the kinds of steps, and the regime of the day -----------------------------------------------------------


@pytest.mark.parametrize("on", [CIVIL_CODE_DAY, date(2021, 10, 31), PIPL_DAY, date(2024, 6, 1)])
def test_a_classification_is_settled_exactly_when_none_of_its_steps_is_a_reading_of_unsettled_law(on):
    from pilaw.law.steps import Kind, of_kind

    for item in items():
        result = classify(item.key, on=on)
        readings = of_kind(result.steps, Kind.READING)
        assert result.settled is not bool(readings), (item.key, on)
        assert all("尚无定论" in s.text_zh and "not settled" in s.text_en for s in readings)


def test_every_other_step_applies_the_law_and_every_text_it_rests_on_is_verified():
    from pilaw.law.steps import Kind

    for item in items():
        for on in (date(2021, 10, 31), PIPL_DAY):
            for step in classify(item.key, on=on).steps:
                assert step.kind in (Kind.APPLIES, Kind.READING)
                texts = law.versions(step.cites)  # a step may say that a text was not yet in force
                assert all(v.verified for v in texts), f"{step.cites}: mark such steps Kind.UNVERIFIED"


def test_the_day_the_pipl_took_effect_switches_the_rule_on_sensitive_information_and_nothing_else():
    before, after = classify("id_number", on=date(2021, 10, 31)), classify("id_number", on=PIPL_DAY)
    assert before.sensitive is Sensitive.NOT_IN_FORCE and before.settled
    assert after.sensitive is Sensitive.NOT_LISTED and not after.settled
    assert (before.personal, before.private) == (after.personal, after.private)
