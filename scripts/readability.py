#!/usr/bin/env python3
"""Prints, for each stage page as a parent sees it, the Flesch reading ease, the average
sentence length and the word count (reads target/page-text.json from scripts/page-text.mjs).

Aims, per stage page: reading ease 65 or more, under 15 words a sentence, and complete (a page
under 400 words is probably missing facts). Figures only: nothing here fails a build.
"""
import json
from pathlib import Path

import textstat

textstat.set_lang("en_GB")
pages = json.loads(Path("target/page-text.json").read_text(encoding="utf-8"))
print(f"{'page':<16}{'nation':<10}{'reading ease':>14}{'words/sentence':>16}{'words':>8}")
for page in pages:
    text = page["text"]
    words = textstat.lexicon_count(text)
    sentences = textstat.sentence_count(text)
    ease = textstat.flesch_reading_ease(text)
    print(f"{page['path']:<16}{page['nation']:<10}{ease:>14.1f}{words / sentences:>16.1f}{words:>8}")
