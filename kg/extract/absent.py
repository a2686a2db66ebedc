"""Who is named in a meeting's sentences without being at it: leaders named as the authors of an
earlier decision or statement ("the historic decision by President Biden and President Yoon to
establish the NCG", "as President X and President Y agreed"), and the leaders of an earlier meeting
listed after the clause about it ("Following the Phnom Penh Summit led by A, B, and C, officials
convened ..."), and those on whose initiative or instructions it was held (INITIATORS: the span is the
clause, up to its comma; an AUTHORS span is the list of authors, `list_end`).
kg.extract.participants leaves the people of these spans out.
"""

from __future__ import annotations

import re

from kg.extract.doc import Doc
from kg.extract.sentences import Sentence

# leaders named as the authors of an earlier decision or statement, not as present: "the historic
# decision by President Biden and President Yoon to establish the NCG", "as President Biden and
# President Yoon agreed in April", "the statement by Sweden, Türkiye, and NATO Secretary General
# Stoltenberg"
AUTHORS = re.compile(
    r"(?i)\b(?:decisions?|commitments?|agreements?|directions?|directives?|instructions?|vision|pledges?|"
    r"guidance|tasking|mandate|statements?|plans?|efforts?|proposals?|initiatives?|appeals?|requests?)\s+"
    r"(?:made\s+|given\s+|reached\s+|issued\s+|put\s+forward\s+)?by\s+(?:[^,;]|, (?:Jr|Sr)\b)*|"
    # "an organization founded in 2007 by former President X": its founder
    r"\b(?:founded|established|created)\s+(?:in\s+\d{4}\s+)?by\s+(?:[^,;]|, (?:Jr|Sr)\b)*|"
    r"\bas\s+(?:agreed|decided|directed|instructed|tasked|envisioned|announced)\s+by\s+"
    r"(?:[^,;]|, (?:Jr|Sr)\b)*|"
    r"\bas\s+(?-i:[A-Z])(?:[^,;]|, (?:Jr|Sr)\b){0,120}?\s+(?:had\s+|have\s+)?(?:agreed|decided|directed|"
    r"instructed|tasked|envisioned|committed|pledged)\b|"
    # "the committees that President Biden and the Vice President launched in June": their earlier work
    r"\b(?:that|which)\s+(?-i:[A-Z])(?:[^,;]|, (?:Jr|Sr)\b){0,100}?\s+(?:had\s+|have\s+)?(?:launched|"
    r"established|created|founded|set\s+up|initiated)\b|"
    # "their commitment to the Strategic Dialogue co-chaired by Secretary Blinken and Minister Shoukry":
    # the chairs of a standing body, unless the sentence has it meet
    r"\b(?:Dialogue|Commission|Committee|Council|Mechanism|Working\s+Group|Task\s+Force)\s+(?:co-)?chaired\s+"
    r"by\s+(?![^.]*\b(?:met|meets|convened|held|took\s+place)\b)(?:[^,;]|, (?:Jr|Sr)\b)*"
)
# a clause naming who decided or asked for the meeting, not who took part in it ("On the initiative of
# President Zelenskyy and President Duda, the meeting between the ministers …", "the historic decision
# by President Joseph R. Biden, Jr. and President Yoon Suk Yeol to establish …")
INITIATORS = re.compile(
    r"(?i)\b(?:(?:on|at)\s+the\s+(?:initiative|instructions?|direction|behest)\s+of|as\s+directed\s+by|"
    r"(?:decision|commitment)\s+(?:by|of))\b[^,;]*(?:,\s*(?:Jr|Sr)\.?[^,;]*)*"
)
# an earlier meeting and who led it ("Following the Phnom Penh Summit led by A, B, and C, ...")
LED_BY = re.compile(
    r"(?i)\b(?:following|after)\s+(?:the\s+)?(?:[^,;]|,\s*\d{4}){0,80}?\b(?:summit|meeting|talks|call|visit)\s+"
    r"(?:led|hosted|chaired|convened|attended)\s+by\s+[^,;]*"
)
# a list item after a clause: ", President Yoon Suk Yeol of the Republic of Korea (ROK)", ", Jr."
_ITEM = re.compile(r",\s*(?:and\s+)?([^,;]*)")
# a verb of the sentence's own meeting: its subjects are no list of the earlier meeting's leaders
CLAUSE = re.compile(r"\b(?:held|met|hold|holds|discussed|spoke|signed)\b")


def list_end(text: str, m: re.Match[str]) -> int:
    """The end of a list of authors begun by `m` ("the statement by Sweden, Türkiye, and NATO
    Secretary General Stoltenberg"): its items up to the one after "and"."""
    end = m.end()
    while " and " not in m.group() and (item := re.match(r",\s*(and\s+)?(?-i:[A-Z])[^,;]{0,60}", text[end:])):
        end += item.end()
        if item.group(1):
            break
    return end


def past_names(doc: Doc, s: Sentence, end: int) -> int:
    """The end of a clause about another meeting, past the names listed after it ("Following the
    Phnom Penh Summit led by Prime Minister Kishida of Japan, President Yoon of the ROK, and
    President Biden of the United States, officials convened …": all three led that summit)."""
    starts = {pm.start - s.start for pm in doc.found.mentions if s.start <= pm.start < s.end}
    last = False  # the item after "and" ends the list (then only ", Jr." may follow)
    while (m := _ITEM.match(s.text, end)) is not None:
        if re.match(r"(?:Jr|Sr)\.?(?:\s+of\b[^,;]*)?$", m.group(1)):
            end = m.end()
            continue
        named = any(m.start(1) <= x < m.start(1) + 50 for x in starts)
        if last or not named or CLAUSE.search(m.group(1)):
            break  # not a name, or the sentence's own clause (", President Biden and X held a meeting")
        last, end = "and" in m.group(0)[: m.start(1) - m.start()], m.end()
    return end
