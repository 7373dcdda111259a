# Convenience targets; the README's two commands are what matters.
.PHONY: run test bench

run:
	python3 -m venv .venv && .venv/bin/pip install -q -e ".[test]" && .venv/bin/swtgov

test:
	.venv/bin/python -m pytest -q

bench:
	.venv/bin/python tests/benchmarks/run.py
