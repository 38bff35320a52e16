# The two commands of the course. Each sets up .venv first when needed (tools/course.py).
PYTHON ?= python3

.PHONY: lab test install present bench
lab:
	$(PYTHON) tools/course.py lab
test:
	$(PYTHON) tools/course.py test
install:
	$(PYTHON) tools/course.py install
present:
	$(PYTHON) tools/course.py present
bench:
	$(PYTHON) tools/course.py bench
