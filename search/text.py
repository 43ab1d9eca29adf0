"""Text as the search index sees it: Latin-script words apart, CJK text as overlapping pairs
of characters, and the query a visitor types read into terms that are safe to look up.

PostgreSQL's parser does not split Chinese or Japanese into words, and a Korean word carries
its particle (서울시의 is 서울시 with 의). Cut into overlapping pairs, 绿色采购 gives 绿色,
色采, 采购: a query of two characters or more is found inside any sentence as the same pairs,
one after the other."""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

# Han (with its extensions and compatibility forms, and 々), kana, and Hangul.
CJK = (
    "\u1100-\u11ff\u3005\u3040-\u309f\u30a0-\u30ff\u3130-\u318f\u31f0-\u31ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
    "\U00020000-\U0002ffff"
)
TOKENS = re.compile(rf"(?P<cjk>[{CJK}]+)|(?P<word>[^\W_{CJK}]+)")
CJK_RUNS = re.compile(rf"[{CJK}]+")
ASCII_WORDS = re.compile(r"[a-z]{3,30}")
HANGUL = re.compile(r"^[\uac00-\ud7af]+$")

# A query longer than this is cut, with a message; so is one of more terms.
MAX_QUERY = 100
MAX_TERMS = 8
MAX_WORD = 40
# PostgreSQL keeps positions up to this number, and this many per word.
MAX_POSITION = 16383
MAX_POSITIONS = 256
# The most different pairs of one text's vector: the rest of a very long text is not searched.
MAX_PAIRS = 20_000
# Korean particles a query's word may end with, longest first: 서울시의 also looks for 서울시.
PARTICLES_OF_ONE = "의은는이가을를에께로와과도만나랑"
LONGER_PARTICLES = (
    "에서 에게 께서 으로 까지 부터 보다 처럼 이나 이랑 하고 에는 에서는 으로는 로는 과의 와의"
)
PARTICLES = sorted([*PARTICLES_OF_ONE, *LONGER_PARTICLES.split()], key=len, reverse=True)
# English endings left out when the words of a query are marked in a text: procure marks
# procurement and procuring, as the english configuration finds them.
ENDINGS = ("ements", "ement", "ments", "ment", "ings", "ing", "ions", "ion", "ed", "es", "s", "e")
ANY_ENDING = "(?:" + "|".join(ENDINGS) + ")?"


def normalized(text: str) -> str:
    """Full-width Latin letters and half-width kana as their usual forms."""
    return unicodedata.normalize("NFKC", text or "")


def latin_text(text: str) -> str:
    """The text without its CJK characters, for PostgreSQL's own parser."""
    return CJK_RUNS.sub(" ", normalized(text))


def pairs(run: str) -> list[str]:
    return [run[index : index + 2] for index in range(len(run) - 1)]


def cjk_vector(texts: list[str], weight: str) -> str:
    """A tsvector, in its written form, of the CJK pairs of `texts`, each at its position.

    Only CJK characters go into it, so no quote or backslash needs escaping."""
    positions: dict[str, list[int]] = {}
    position = 0
    for text in texts:
        for run in CJK_RUNS.findall(normalized(text)):
            for pair in pairs(run):
                position = min(position + 1, MAX_POSITION)
                if pair not in positions and len(positions) >= MAX_PAIRS:
                    continue
                found = positions.setdefault(pair, [])
                if len(found) < MAX_POSITIONS and (not found or found[-1] != position):
                    found.append(position)
            position = min(position + 1, MAX_POSITION)  # runs are not one phrase
    return " ".join(
        f"'{pair}':" + ",".join(f"{at}{weight}" for at in found)
        for pair, found in positions.items()
    )


def vocabulary(texts: list[str]) -> set[str]:
    """The Latin-script words of `texts` that a misspelt query may be corrected to."""
    return {word for text in texts for word in ASCII_WORDS.findall(normalized(text).lower())}


def phrase(run: str) -> str:
    return " <-> ".join(f"'{pair}'" for pair in pairs(run))


def korean_stem(run: str) -> str | None:
    """The word without the particle it ends with, if two characters or more remain."""
    if not HANGUL.match(run):
        return None
    for particle in PARTICLES:
        if run.endswith(particle) and len(run) - len(particle) >= 2:
            return run[: -len(particle)]
    return None


@dataclass(frozen=True)
class Query:
    """What a visitor typed, read into terms: `words` in Latin (or another) script and CJK
    `runs` of two characters or more. Every term must be found."""

    text: str
    words: tuple[str, ...]
    runs: tuple[str, ...]
    shortened: bool
    too_short: bool

    def __bool__(self):
        return bool(self.words or self.runs)

    def tsquery(self) -> tuple[str, list[str]]:
        """The SQL of a tsquery for the terms, and its parameters.

        A word goes through plainto_tsquery, which reads any text as plain words; a CJK
        query is written here from pairs of CJK characters alone."""
        parts, params = [], []
        for word in self.words:
            parts.append("(plainto_tsquery('english', %s) || plainto_tsquery('simple', %s))")
            params += [word, word]
        for run in self.runs:
            stem = korean_stem(run)
            written = f"({phrase(run)}) | ({phrase(stem)})" if stem else phrase(run)
            parts.append("%s::tsquery")
            params.append(written)
        return " && ".join(parts), params

    def marks(self) -> re.Pattern | None:
        """The pattern of what is marked in a found text: CJK terms as typed (and a Korean
        word without its particle), words with any of the usual English endings."""
        alternatives = []
        for run in self.runs:
            alternatives.append(re.escape(run))
            stem = korean_stem(run)
            if stem:
                alternatives.append(re.escape(stem))
        for word in self.words:
            alternatives.append(rf"\b{re.escape(stem_of(word))}{ANY_ENDING}\b")
        if not alternatives:
            return None
        alternatives.sort(key=len, reverse=True)
        return re.compile("|".join(alternatives), re.IGNORECASE)


def stem_of(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def parse(text: str) -> Query:
    """The terms of a query, however it is written: punctuation, operators, quotes and
    symbols are no terms; a term of one character is too short to look for."""
    text = normalized(text).strip()
    shortened = len(text) > MAX_QUERY
    text = text[:MAX_QUERY]
    words, runs, short = [], [], False
    for match in TOKENS.finditer(text):
        token = match.group()
        if len(token) < 2:
            short = True
            continue
        if match.lastgroup == "cjk":
            runs.append(token)
        else:
            words.append(token.lower()[:MAX_WORD])
    terms = list(dict.fromkeys(runs + words))
    shortened = shortened or len(terms) > MAX_TERMS
    kept = set(terms[:MAX_TERMS])
    return Query(
        text=text,
        words=tuple(word for word in dict.fromkeys(words) if word in kept),
        runs=tuple(run for run in dict.fromkeys(runs) if run in kept),
        shortened=shortened,
        too_short=short and not terms,
    )


def highlighted(text: str, marks: re.Pattern | None) -> SafeString:
    """`text` escaped, with what `marks` finds in it wrapped in <mark>."""
    if marks is None:
        return escape(text)
    parts, start = [], 0
    for match in marks.finditer(text):
        parts.append(escape(text[start : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        start = match.end()
    parts.append(escape(text[start:]))
    return mark_safe("".join(parts))


def excerpt(text: str, marks: re.Pattern | None) -> str:
    """Two or three lines of `text` around the first thing `marks` finds in it: fewer
    characters of Chinese, Japanese or Korean, which are twice as wide."""
    text = re.sub(r"\s+", " ", text or "").strip()
    opening = text[:200]
    wide = sum(len(run) for run in CJK_RUNS.findall(opening)) * 3 > len(opening)
    length = 120 if wide else 220
    if len(text) <= length:
        return text
    found = marks.search(text) if marks else None
    start = max(0, found.start() - length // 3) if found else 0
    end = min(len(text), start + length)
    start = max(0, end - length)
    if not wide:
        # Latin-script words are not cut: the excerpt starts and ends between two.
        if start and text[start - 1] != " ":
            space = text.find(" ", start, found.start() if found else end)
            start = space + 1 if space >= 0 else start
        if end < len(text) and text[end] != " ":
            space = text.rfind(" ", start, end)
            end = space if space > start else end
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")
