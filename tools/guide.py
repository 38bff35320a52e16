#!/usr/bin/env python3
"""Write the teacher's guide, docs/teaching.md, from the course's own data.

    .venv/bin/python tools/guide.py          # rewrite docs/teaching.md
    .venv/bin/python tools/guide.py --check  # exit 1 if docs/teaching.md is out of step (tests/test_guide.py)

Per lesson the guide takes its minutes and title from the course map (pilaw.show.course.NOTEBOOKS), its goals from
the lesson's opening ("In this notebook you will"), its discussion prompts and marking points from the written tasks
of its exercise bank, and the misconceptions its exercises catch from the wrong options of its choices, each with
the feedback a student reads. Only the lesson plan and the advice on using the exercises are written here by hand.
Model answers and the right options are left out: the guide may lie open on a desk.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from pilaw.show.course import NOTEBOOKS  # noqa: E402
from pilaw.teaching import exercises  # noqa: E402

GUIDE = ROOT / "docs" / "teaching.md"

INTRO = """\
# 教师指南 · Teacher's guide

本指南由课程自身的数据生成（`.venv/bin/python tools/guide.py`）：每课的时长取自课程地图，学习目标取自各课开头，
讨论题与评分要点取自各课练习库中的书面作业，学生常见误解取自选择题的错误选项及其反馈。修改这些数据后重新生成；
若本文件与数据不一致，`tests/test_guide.py` 即告失败。参考答案与正确选项不在此列出：请在课堂上让学生先作答。

This guide is generated from the course's own data (`.venv/bin/python tools/guide.py`): each lesson's minutes come
from the course map, its goals from the lesson's opening, its discussion prompts and marking points from the written
tasks of its exercise bank, and the misconceptions it catches from the wrong options of its choices with the
feedback a student reads. Change those, then regenerate; `tests/test_guide.py` fails when this file is out of step.
Model answers and right options are not listed: let students answer first, in class.
"""

PLAN = """\
## 九十分钟教案 · A 90-minute lesson through the core

| 时间 Minutes | 内容 What | 笔记本 Notebook |
|---|---|---|
| 0–10 | 开场：展示来源网页的“500元／3000元”说法，请学生预测这一说法是否是法律规定。Open with the source page's 500 / 3,000 yuan claim; students predict whether it is law. | {reading_the_source} |
| 10–25 | 什么是个人信息：用花名册演示三列信息组合即可识别每一个人；区分个人信息、敏感个人信息与私密信息。What personal information is: the roster's three columns identify everyone; personal, sensitive and private information told apart. | {personal_information} |
| 25–45 | 民事赔偿：同一事实在网页规则与法律规则下的结果并列；再看法院实际判赔的数额。Civil compensation: the same facts under the page's rule and under the law, then what courts awarded. | {compensation} |
| 45–65 | 刑事门槛：“情节严重”的条数标准与按比例合计（35/50 + 150/500 = 1），内部人员标准减半。The criminal thresholds: 情节严重 by counts, categories adding up as fractions, the insider's half standard. | {personal_information_crime} |
| 65–85 | 综合案例：学生先填写当事人 × 路径表，再与计算结果对照，讨论不一致之处。The case study: students fill the party × route grid first, then compare with the computed map and discuss where they differ. | {case_study} |
| 85–90 | 小结与作业：从第{administrative_fines}课选一道论证题（第六十六条的“或者”）作为课后书面作业。Summary and homework: one written argument from lesson {administrative_fines} (PIPL art. 66's 或者). | {administrative_fines} |

课前：教师运行 `make lab`，或把无需安装的网站地址发给学生；课堂使用投影模式 `make present` 亦可。
Before class: run `make lab`, or send students the no-install site's address; for a projector, `make present`.

## 如何在课堂上使用练习 · Using the exercises in class

- 思考题先预测、后展开：请学生先写下预测，再点开“核对”对照答案。Guided questions: students write a prediction,
  then open the reveal.
- 选择题答错一次后可再答一次（先显示所选选项的针对性反馈），第二次答错才显示解析；每个错误选项都有针对性的反馈。A choice allows one retry before
  the explanation; every wrong option has its own feedback.
- 书面作业须先写出回答才显示参考答案与评分要点：适合两人一组，写完后互评。A written task shows its model answer and
  marking guide only after something is written: good for pairs marking each other.
- 学生的作答只记录在本人电脑上；学生可自愿导出（匿名代号与答案）交给教师，教师用
  `notebooks/teacher/class_summary.ipynb` 汇总全班最常见的错误答案。Attempts stay on the student's own machine;
  a student may export them (a random pseudonym and the answers) and the teacher's notebook
  `notebooks/teacher/class_summary.ipynb` summarises a folder of exports, with the commonest wrong answers.
"""


def lesson_goals(notebook: Path) -> tuple[str, list[str]]:
    """The lesson's Chinese opening paragraph and its numbered goals ("In this notebook you will")."""
    opening = _opening(notebook)
    goals = re.findall(r"^\d+\.\s+(.+)$", opening.split("you will", 1)[-1], flags=re.MULTILINE)
    # the English notebook's Chinese paragraph, else the Chinese edition's own opening
    chinese = _chinese_paragraph(opening) or _chinese_paragraph(_opening(notebook.parent / "zh" / notebook.name))
    return chinese, goals


def _opening(notebook: Path) -> str:
    return "".join(json.loads(notebook.read_text(encoding="utf-8"))["cells"][0]["source"])


def _chinese_paragraph(opening: str) -> str:
    """The first paragraph after the title written in Chinese: more Chinese characters than Latin letters."""
    paragraphs = [p.strip() for p in opening.split("\n\n")[1:] if p.strip()]
    return next(
        (
            p
            for p in paragraphs
            if len(re.findall(r"[\u4e00-\u9fff]", p)) > len(re.findall(r"[A-Za-z]", p))
            and not p.startswith(("**", "#"))
        ),
        "",
    )


def one_line(text: str) -> str:
    return " ".join(text.split())


def lesson_section(nb) -> list[str]:
    stem = nb.file.removesuffix(".ipynb")
    lines = [f"### {nb.file[:2]} {nb.title_zh} · {nb.title_en} — {nb.minutes} 分钟 minutes", ""]
    lines += [f"`notebooks/{nb.file}` · {nb.provisions}", ""]
    chinese, goals = lesson_goals(ROOT / "notebooks" / nb.file)
    lines.append("**学习目标 Goals**")
    lines.append("")
    if chinese:
        lines += [one_line(chinese), ""]
    lines += [f"{i}. {one_line(goal)}" for i, goal in enumerate(goals, 1)] or [f"- {nb.goal_en}"]
    lines.append("")
    if stem not in exercises.lessons():
        return lines
    bank = exercises.bank(stem)
    written = [e for e in bank if isinstance(e, exercises.Short)]
    if written:
        lines += ["**讨论题与评分要点 Discussion prompts and marking points**", ""]
        for task in written:
            task_zh, task_en = exercises.TASKS[task.task]
            lines.append(f"- *{task_zh} · {task_en}* — {one_line(task.prompt_zh)}  ")
            lines.append(f"  {one_line(task.prompt_en)}")
            lines += [f"  - {one_line(zh)} / {one_line(en)}" for zh, en in task.guide]
        lines.append("")
    choices = [e for e in bank if isinstance(e, exercises.Choice)]
    if choices:
        lines += ["**练习能发现的误解 Misconceptions the exercises catch**", ""]
        for choice in choices:
            for index, option in enumerate(choice.options):
                if index == choice.answer:
                    continue
                lines.append(f"- “{one_line(option.zh)}” / “{one_line(option.en)}”  ")
                lines.append(f"  {one_line(option.feedback_zh)} {one_line(option.feedback_en)}")
        lines.append("")
    return lines


def numbered(text: str) -> str:
    """``{case_study}`` → the number of ``NN_case_study.ipynb`` on the course map (a renumbered lesson follows)."""
    numbers = {nb.file[3:].removesuffix(".ipynb"): nb.file[:2] for nb in NOTEBOOKS}
    return re.sub(r"\{(\w+)\}", lambda m: numbers[m.group(1)], text)


def guide() -> str:
    lines = [INTRO, numbered(PLAN), "## 逐课说明 · Lesson by lesson", ""]
    for nb in NOTEBOOKS:
        lines += lesson_section(nb)
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    text = guide()
    if argv == ["--check"]:
        if GUIDE.exists() and GUIDE.read_text(encoding="utf-8") == text:
            return 0
        print(f"{GUIDE.relative_to(ROOT)} is out of step: run .venv/bin/python tools/guide.py", file=sys.stderr)
        return 1
    GUIDE.parent.mkdir(exist_ok=True)
    GUIDE.write_text(text, encoding="utf-8")
    print(f"wrote {GUIDE.relative_to(ROOT)} ({len(text):,} characters)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
