#!/usr/bin/env python3
"""Writes tests/fixtures/bank-holidays-england-and-wales.txt: every bank holiday in England
and Wales from 2000 to 2040, one ISO date a line, from the `holidays` package on PyPI (an
independent source; England and Wales share one list). The host tests check the app's own
rule-based calendar (src/core/dates) against it. Run by hand when extending the range:

    python3 -m venv .tools/fixture-venv && .tools/fixture-venv/bin/pip install holidays==0.109
    .tools/fixture-venv/bin/python scripts/make-holiday-fixture.py
"""
from pathlib import Path

import holidays

FIRST, LAST = 2000, 2040
england = holidays.country_holidays("GB", subdiv="ENG", years=range(FIRST, LAST + 1))
wales = holidays.country_holidays("GB", subdiv="WLS", years=range(FIRST, LAST + 1))
assert sorted(england) == sorted(wales), "England and Wales should share their bank holidays"
out = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "bank-holidays-england-and-wales.txt"
lines = [f"# Bank holidays in England and Wales, {FIRST}-{LAST}, from holidays {holidays.__version__} (PyPI)."]
lines += [f"{day.isoformat()}  {england[day]}" for day in sorted(england)]
out.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"wrote {out} ({len(england)} days)")
