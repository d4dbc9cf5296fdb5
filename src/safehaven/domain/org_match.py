"""Is a young person at intake known to another house of the organisation? Pure: keyed
hashes a server can compare without learning a name (issue 30, item 3).

The house's own check (`duplicates.py`) compares names with an edit distance; a server
holding only hashes can compare equality only. So each name word is first made coarser
than `duplicates.skeleton` makes it: its first letter and then its consonants, doubled
ones once ("aleksandr" and "alexander" → "alksndr", "ivanov" and "iwanow" → "ivnv",
"mohammed" and "muhamad" → "mhmd"). Each such key is paired with a year of birth and
hashed with HMAC-SHA-256 under the organisation's key, which the server never sees:

- a house **publishes**, per resident, one group of hashes per name word, over every year
  of birth the record allows and the years either side (a year's margin, as at home);
- intake **asks** with one group per name word, over the years its own record allows;
- an entry is a **likely match** when every word of the shorter name found its group
  (the words in any order), as `duplicates.compare_names` asks of whole words.

Without the key a hash is not a name: guessing "ivnv|2011" needs the key to test it.
A record with neither a date of birth nor an estimated age is neither published nor
asked with (a name alone across houses would match too many).
"""

from __future__ import annotations

import hashlib
import hmac
import re

from safehaven.domain.duplicates import Person, birth_range, words

KEY_BYTES = 32
HASH_HEX = 32  # 128 bits of the HMAC: collisions are not a concern at a house's scale
MARGIN_YEARS = 1
MAX_WORDS = 8  # name words per entry or question (a longer name keeps its first eight)
_VOWELS = re.compile(r"[aeiou]")
_DOUBLED = re.compile(r"(.)\1+")


def word_key(word: str) -> str:
    """A name word as the coarse key the hashes are made of."""
    if not word.isalpha() or len(word) < 2:
        return word  # numbers and initials as they are
    return word[0] + _DOUBLED.sub(r"\1", _VOWELS.sub("", word[1:]))


def name_keys(name: str) -> list[str]:
    """The distinct keys of a name's words, in the name's order."""
    out: list[str] = []
    for w in words(name):
        k = word_key(w)
        if k and k not in out:
            out.append(k)
    return out[:MAX_WORDS]


def birth_years(p: Person) -> list[int]:
    """Every year of birth the record allows (none without a date or an estimated age)."""
    found = birth_range(p)
    if found is None:
        return []
    return list(range(found[0].year, found[1].year + 1))


def hashed(key: bytes, word: str, year: int) -> str:
    return hmac.new(key, f"safehaven-org-match/1|{word}|{year}".encode(),
                    hashlib.sha256).hexdigest()[:HASH_HEX]


def entry(key: bytes, person: Person) -> list[list[str]]:
    """What a house publishes of one name of a resident: a group per word ([] when the
    record allows no year of birth)."""
    years = birth_years(person)
    if not years:
        return []
    around = sorted({y + d for y in years for d in range(-MARGIN_YEARS, MARGIN_YEARS + 1)})
    return [sorted({hashed(key, w, y) for y in around}) for w in name_keys(person.name)]


def question(key: bytes, person: Person) -> list[list[str]]:
    """What intake asks with: a group per word over its own years ([] without a year)."""
    years = birth_years(person)
    if not years:
        return []
    return [sorted({hashed(key, w, y) for y in years}) for w in name_keys(person.name)]


def likely(asked: list[list[str]], published: list[list[str]]) -> bool:
    """Every word of the shorter name found a word of the other, each word used once."""
    if not asked or not published:
        return False
    sets = [set(g) for g in published]
    used: set[int] = set()
    hits = 0
    for group in asked:
        for i, s in enumerate(sets):
            if i not in used and not s.isdisjoint(group):
                used.add(i)
                hits += 1
                break
    return hits >= min(len(asked), len(published))
