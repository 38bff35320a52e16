# The course's commands. Each sets up .venv first when needed (tools/course.py).
PYTHON ?= python3
VERBS := lab test quick strip install present bench site serve-site handouts serve-handouts

.PHONY: $(VERBS)
$(VERBS):
	$(PYTHON) tools/course.py $@
