"""The course itself: its map, and the environment check that opens every notebook."""

from __future__ import annotations

import html
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pilaw import __version__
from pilaw.show.edition import set_edition, zh
from pilaw.show.render import html as _html
from pilaw.show.theme import GREEN, RED

MIN_PYTHON = (3, 10)
MIN_IPYWIDGETS = 8
LAB_COMMAND = "make lab"
TEST_COMMAND = "make test"
LESSON_MINUTES = 50  # a class period, with a little room

# The first code cell of every notebook, character for character (tests/test_notebooks.py checks it).
SETUP_CELL = """\
# Setup · 准备 — the same first cell in every notebook of the course
import sys
if sys.platform == "emscripten":  # in the browser (JupyterLite): fetch the widget library first
    import piplite
    await piplite.install(["ipywidgets", "pilaw"])
try:
    from pilaw.show import course
except ImportError:
    raise SystemExit("找不到 pilaw：请在课程文件夹中运行 make lab。 / pilaw is missing: run `make lab` in the course folder.")
course.check_environment()"""


@dataclass(frozen=True)
class Notebook:
    file: str
    title_zh: str
    title_en: str
    goal_en: str
    provisions: str
    #: the teacher's estimate of a class period for the lesson, in minutes: reading, the worked example, the guided
    #: questions and the exercises (tests/test_notebooks.py keeps every lesson within LESSON_MINUTES)
    minutes: int
    #: the Chinese edition's course map: the goal and the provisions in Chinese
    goal_zh: str = ""
    provisions_zh: str = ""


NOTEBOOKS = (
    Notebook(
        "00_start_here.ipynb",
        "从这里开始",
        "Start here",
        "Check your setup, see the map of the course, learn how the calculators work.",
        "—",
        10,
        "检查运行环境，了解课程地图，学会使用计算器。",
        "—",
    ),
    Notebook(
        "01_personal_information.ipynb",
        "什么是个人信息",
        "What personal information is",
        "Tell personal, sensitive and private information apart; see how combined data identifies people.",
        "Civil Code 1032, 1034; PIPL 4, 28",
        50,
        "区分个人信息、敏感个人信息与私密信息；看几项信息结合起来怎样识别出特定的人。",
        "《民法典》第一千零三十二条、第一千零三十四条；《个人信息保护法》第四条、第二十八条",
    ),
    Notebook(
        "02_lawful_processing.ipynb",
        "合法处理个人信息",
        "Lawful processing",
        "The legal bases, notice and consent, separate consent, sensitive data and children; the Civil Code beside it.",
        "PIPL 13–17, 23, 28–31; Civil Code 1035–1038",
        45,
        "处理个人信息的合法性基础、告知同意、单独同意、敏感个人信息与未成年人信息；与《民法典》对照。",
        "《个人信息保护法》第十三条至第十七条、第二十三条、第二十八条至第三十一条；《民法典》第一千零三十五条至第一千零三十八条",
    ),
    Notebook(
        "03_after_a_leak.ipynb",
        "个人信息泄露之后",
        "After a leak",
        "Remedy and notify after a leak, answer people's requests, and see how a failure feeds the claim and the fine.",
        "PIPL 44–51, 57, 66, 69; CSL 42/44; Network Data Regulations 11, 28; Civil Code 1038",
        50,
        "泄露发生后的补救与通知，回应个人行使权利的请求，以及违反义务怎样影响赔偿与罚款。",
        "《个人信息保护法》第四十四条至第五十一条、第五十七条、第六十六条、第六十九条；《网络安全法》第四十二条、第四十四条；《网络数据安全管理条例》第十一条、第二十八条；《民法典》第一千零三十八条",
    ),
    Notebook(
        "04_reading_the_source.ipynb",
        "核对法律信息来源",
        "Reading the source critically",
        "Compare a legal-advice web page with the official texts and find its errors.",
        "Civil Code 1034, 1035; Criminal Law 219, 253-1",
        50,
        "把一篇法律咨询网页与官方文本逐条对照，找出其中的错误，学会核对任何来源。",
        "《民法典》第一千零三十四条、第一千零三十五条；《刑法》第二百一十九条、第二百五十三条之一",
    ),
    Notebook(
        "05_compensation.ipynb",
        "民事赔偿",
        "Civil compensation",
        "The page's 500 / 3,000 yuan claim beside the statutory rules and real awards.",
        "PIPL 69; Civil Code 1182, 1183",
        50,
        "网页所称“500元／3000元”的赔偿规则，与法定赔偿规则和法院的实际判决对照。",
        "《个人信息保护法》第六十九条；《民法典》第一千一百八十二条、第一千一百八十三条",
    ),
    Notebook(
        "06_employee_leaks.ipynb",
        "员工泄露客户信息",
        "When an employee leaks customer data",
        "Which civil, administrative and criminal routes a leak engages, and why.",
        "Civil Code 1038, 1226; AUCL; PIPL 66; Criminal Law 219, 253-1",
        45,
        "员工泄露客户信息时，民事、行政、刑事三种责任分别由谁承担、为什么。",
        "《民法典》第一千零三十八条、第一千二百二十六条；《反不正当竞争法》；《个人信息保护法》第六十六条；《刑法》第二百一十九条、第二百五十三条之一",
    ),
    Notebook(
        "07_trade_secrets.ipynb",
        "侵犯商业秘密",
        "Trade secrets",
        "Art. 219 before and after 2021, thresholds by date, a company as offender, when a list is a trade secret.",
        "Criminal Law 219, 219-1, 220; AUCL 9/10",
        40,
        "2021年前后的《刑法》第二百一十九条，按日期确定的入罪标准，单位犯罪，客户名单何时构成商业秘密。",
        "《刑法》第二百一十九条、第二百一十九条之一、第二百二十条；《反不正当竞争法》第九条、第十条",
    ),
    Notebook(
        "08_personal_information_crime.ipynb",
        "侵犯公民个人信息罪",
        "The personal-information crime",
        "Compute 情节严重 from counts, categories, gain and insider status.",
        "Criminal Law 253-1; 2017 interpretation art. 5",
        45,
        "根据信息条数、类别、违法所得和内部人员身份计算“情节严重”。",
        "《刑法》第二百五十三条之一；2017年个人信息刑事解释第五条",
    ),
    Notebook(
        "09_network_security_duty.ipynb",
        "拒不履行信息网络安全管理义务罪",
        "The network-security-duty crime",
        "Check the elements of art. 286-1 and why its thresholds are ten times higher.",
        "Criminal Law 286-1; 2019 interpretation art. 4",
        40,
        "检验第二百八十六条之一的构成要件，理解其入罪数量标准为什么是侵犯公民个人信息罪的十倍。",
        "《刑法》第二百八十六条之一；2019年信息网络犯罪解释第四条",
    ),
    Notebook(
        "10_administrative_fines.ipynb",
        "行政罚款",
        "Administrative fines",
        "PIPL 66's two readings against turnover; consumer, AUCL and Cybersecurity Law fines by date.",
        "PIPL 66; CRPL 56; AUCL 21/26; CSL 64/71",
        45,
        "《个人信息保护法》第六十六条罚款上限的两种理解及其与营业额的关系；按日期确定的《消费者权益保护法》《反不正当竞争法》《网络安全法》罚款。",
        "《个人信息保护法》第六十六条；《消费者权益保护法》第五十六条；《反不正当竞争法》第二十一条、第二十六条；《网络安全法》第六十四条、第七十一条",
    ),
    Notebook(
        "11_case_study.ipynb",
        "综合案例",
        "Case study",
        "One fictional breach walked through every route, then a review quiz.",
        "all of the above",
        50,
        "以一个虚构的泄露案件依次分析各种法律责任，最后是复习题。",
        "以上各条",
    ),
    Notebook(
        "12_glossary.ipynb",
        "术语表",
        "Glossary",
        "The terms of art the lessons use, defined in both languages with their provisions; lessons link here.",
        "Criminal Law 12, 30, 31; PIPL 28, 29, 69, 70, 73; APL 29, 37; and more",
        10,
        "课程使用的法律术语，附中英文定义和相关条文；各课在术语第一次出现时链接到这里。",
        "《刑法》第十二条、第三十条、第三十一条；《个人信息保护法》第二十八条、第二十九条、第六十九条、第七十条、第七十三条；《行政处罚法》第二十九条、第三十七条等",
    ),
    Notebook(
        "13_appendix_trade_secret_damages.ipynb",
        "附录：侵犯商业秘密的民事赔偿",
        "Appendix: civil damages for a trade secret",
        "For those who go further: AUCL damages by date, the 2026 punitive-damages rules, and the unsettled 或者.",
        "AUCL 17/22; 法释〔2026〕7号 arts. 5, 8, 12",
        25,
        "供深入学习：按日期确定的《反不正当竞争法》赔偿，2026年惩罚性赔偿规则，以及尚无定论的“或者”。",
        "《反不正当竞争法》第十七条、第二十二条；法释〔2026〕7号第五条、第八条、第十二条",
    ),
)


def check_environment(folder: str | Path = ".", *, edition: str = "en") -> object:
    """Check Python, ipywidgets and pilaw; return an HTML note saying what is fine or what to run. ``edition`` is the
    edition the notebook belongs to (``"zh"`` in the Chinese edition's setup cell): the renderers read it."""
    set_edition(edition)
    problems_zh, problems_en = [], []
    if sys.version_info < MIN_PYTHON:
        problems_zh.append(f"Python 版本过旧（需要 {MIN_PYTHON[0]}.{MIN_PYTHON[1]} 或更高）")
        problems_en.append(f"Python is too old (needs {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer)")
    try:
        import ipywidgets

        widgets_version = ipywidgets.__version__
        if int(widgets_version.split(".")[0]) < MIN_IPYWIDGETS:
            problems_zh.append(f"ipywidgets {widgets_version} 过旧（需要 8 或更高）")
            problems_en.append(f"ipywidgets {widgets_version} is too old (needs 8 or newer)")
    except ImportError:
        widgets_version = "—"
        problems_zh.append("缺少 ipywidgets")
        problems_en.append("ipywidgets is missing")
    python = ".".join(map(str, sys.version_info[:3]))
    if problems_en:
        text = (
            f"<b>环境有问题 Setup problem:</b> {'；'.join(problems_zh)}。请在课程文件夹中运行 <code>{LAB_COMMAND}</code>"
            f"（该命令会安装所需的一切）。 / {'; '.join(problems_en)}. Run <code>{LAB_COMMAND}</code> in the course "
            "folder: it installs everything the course needs."
        )
        colour = RED
    else:
        ready = "环境正常。" if edition == "zh" else "环境正常 Ready."
        text = f"<b>{ready}</b> Python {python} · ipywidgets {widgets_version} · pilaw {__version__}"
        colour = GREEN
    return _html(f'<div style="color:{colour}">{text}</div>')


def plot(chart: Callable[..., Mapping[str, Any]], *args: Any, **kwargs: Any) -> None:
    """Show a chart: ``chart(*args, **kwargs)`` returns a Vega-Lite spec (see :mod:`pilaw.show.charts`), displayed as its
    mime bundle. The front end draws it (JupyterLab, Voila and the no-install site alike); the kernel imports no
    plotting library, and a plain-text front end prints the chart's one-line description."""
    from IPython.display import display

    from pilaw.show.charts import bundle

    display(bundle(chart(*args, **kwargs)), raw=True)  # type: ignore[no-untyped-call]


def course_map(folder: str | Path = ".") -> object:
    """The course as a table: number, title (zh/en), goal, provisions, minutes; a link where the notebook exists.
    The Chinese edition's map is in Chinese."""
    folder = Path(folder)
    chinese = zh()
    rows = []
    for nb in NOTEBOOKS:
        title = html.escape(nb.title_zh) if chinese else f"{html.escape(nb.title_zh)}<br>{html.escape(nb.title_en)}"
        if (folder / nb.file).exists():
            title = f'<a href="{nb.file}">{title}</a>'
        else:
            title += "<br><i>（即将推出）</i>" if chinese else "<br><i>(即将推出 coming soon)</i>"
        goal, provisions = (nb.goal_zh, nb.provisions_zh) if chinese else (nb.goal_en, nb.provisions)
        cell = '<td style="text-align:left;vertical-align:top">'
        rows.append(
            f"<tr>{cell}{nb.file[:2]}</td>{cell}{title}</td>{cell}{html.escape(goal)}</td>"
            f"{cell}{html.escape(provisions)}</td>{cell}{nb.minutes}</td></tr>"
        )
    headings = (
        ("#", "笔记本", "学习内容", "主要条文", "课时（分钟）")
        if chinese
        else ("#", "笔记本 Notebook", "Goal", "Provisions", "分钟 Minutes")
    )
    head = "".join(f'<th style="text-align:left">{h}</th>' for h in headings)
    return _html(f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")
