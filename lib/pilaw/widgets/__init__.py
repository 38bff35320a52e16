"""The calculators: thin adapters that parse inputs, call a rule in ``pilaw`` and show its cited steps.

Every calculator is a :class:`Calculator`: its ``inputs`` are ordinary ipywidgets, so a test can set
``calc.inputs["loss"].value = "abc"`` and read ``calc.result.value`` without a kernel or a browser.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Callable, Mapping

import ipywidgets as W

from ..errors import InputError, LawError

STYLE = {"description_width": "initial"}
ERROR_STYLE = "color:#b00020;border:1px solid #b00020;border-radius:4px;padding:6px;margin:4px 0"


def label(zh: str, en: str) -> str:
    return f"{zh} {en}"


def text(zh: str, en: str, value: str = "", placeholder: str = "") -> W.Text:
    """A text box for an amount or a count: text, so that what the student typed is kept when it is refused."""
    return W.Text(value=str(value), description=label(zh, en), placeholder=placeholder, style=STYLE,
                  layout=W.Layout(width="420px"))


def checkbox(zh: str, en: str, value: bool = False) -> W.Checkbox:
    return W.Checkbox(value=value, description=label(zh, en), style=STYLE, indent=False,
                      layout=W.Layout(width="auto"))


def dropdown(zh: str, en: str, options, value=None) -> W.Dropdown:
    kwargs = {} if value is None else {"value": value}
    return W.Dropdown(options=options, description=label(zh, en), style=STYLE, layout=W.Layout(width="auto"), **kwargs)


def date_picker(zh: str, en: str, value) -> W.DatePicker:
    return W.DatePicker(value=value, description=label(zh, en), style=STYLE, layout=W.Layout(width="340px"))


def error_html(error: Exception) -> str:
    if isinstance(error, (InputError, LawError)):
        return (f'<div style="{ERROR_STYLE}"><b>请检查输入 Please check the input</b><br>{html.escape(error.zh)}<br>'
                f"{html.escape(error.en)}</div>")
    return (f'<div style="{ERROR_STYLE}"><b>计算器出错了 The calculator failed</b><br>'
            "这是课程的错误，不是你的。请告诉老师。 This is a fault in the course, not yours: please tell your teacher.<br>"
            f"<small>{html.escape(type(error).__name__)}: {html.escape(str(error))}</small></div>")


@dataclass(frozen=True)
class Shown:
    """What a calculator shows for some inputs: its outcome, the error if the input was refused, and the HTML."""

    outcome: Any
    error: Exception | None
    html: str

    @property
    def unexpected(self) -> Exception | None:
        return None if isinstance(self.error, (InputError, LawError, type(None))) else self.error


class Calculator:
    """Inputs → a pure rule → an HTML result. Recomputes whenever an input changes or the button is pressed."""

    def __init__(self, inputs: Mapping[str, W.ValueWidget], compute: Callable[..., Any],
                 render: Callable[[Any], str], *, button: tuple[str, str] = ("计算", "Compute")):
        self.inputs = dict(inputs)
        self._compute = compute
        self._render = render
        self.result = W.HTML()
        self.button = W.Button(description=label(*button), button_style="primary", layout=W.Layout(width="max-content"))
        self.outcome: Any = None
        self.error: Exception | None = None
        for widget in self.inputs.values():
            widget.observe(self.update, names="value")
        self.button.on_click(self.update)
        self.update()

    def values(self) -> dict[str, Any]:
        return {name: widget.value for name, widget in self.inputs.items()}

    def shown(self, **changes) -> Shown:
        """What the calculator would show with some inputs changed — computed by the same rule and renderer,
        without touching (or building) any widget. Notebooks use it to check guided questions quickly."""
        try:
            outcome = self._compute(**{**self.values(), **changes})
            return Shown(outcome, None, self._render(outcome))
        except Exception as error:  # shown inside the widget, never as a traceback
            return Shown(None, error, error_html(error))

    def update(self, *_ignored) -> None:
        now = self.shown()
        self.outcome, self.error, self.result.value = now.outcome, now.error, now.html

    @property
    def unexpected(self) -> Exception | None:
        """An error that is not the student's input: a bug (tests assert this stays None)."""
        return Shown(self.outcome, self.error, self.result.value).unexpected

    @property
    def widget(self) -> W.VBox:
        return W.VBox([*self.inputs.values(), self.button, self.result])

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)
