"""pilaw: PRC personal-information law as dated data and cited rules, for a Jupyter course.

Submodules: ``law`` (the corpus), ``money`` (exact yuan), ``inputs`` (dates and yes/no answers),
``compensation`` (civil damages), ``criminal`` (severity and sentence bands), ``administrative`` (fines),
``classify``, ``processing``, ``routes`` and ``case_study`` (the other rules), ``roster``, ``source_page`` and
``cases`` (teaching data), ``render`` and ``widgets`` (what the notebooks show). Importing ``pilaw`` loads none
of the widget or plotting code.
"""

from .errors import InputError, LawError, PilawError

__version__ = "0.1.0"
__all__ = ["InputError", "LawError", "PilawError", "__version__"]
