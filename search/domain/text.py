"""Text normalisation, a light stemmer and transliteration for search in Russian and English.

PostgreSQL stems with its own dictionaries; the light stemmer serves backends without one
(SQLite's FTS5), where the stem is then matched as a prefix.
"""

import re

MAX_QUERY_LENGTH = 200

# Anything that is not a letter or a digit separates words; this also drops every query
# syntax character (quotes, parentheses, *, :, -) before a backend sees it.
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_CYRILLIC = re.compile(r"[а-я]")

STOP_WORDS = frozenset(
    "a an and the of in on at to for with or not by from is are "
    "и в во на с со по для не или а к о об от до из за".split()
)

# Longest endings first; a stem keeps at least MIN_STEM letters.
_RUSSIAN_ENDINGS = sorted(
    """
    иями ями ами ов ев ей ий ый ой ая яя ое ее ие ые ых их ым им ом ем ам ям ах ях
    ую юю ого его ому ему ыми ими ию ия ья ье ьи ью ью
    а я о е ы и у ю ь
    """.split(),
    key=len,
    reverse=True,
)
_ENGLISH_ENDINGS = sorted(
    "ations ation ings ing ers er ies ied es ed s".split(), key=len, reverse=True
)
MIN_STEM = 4

_TRANSLIT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


def fold(text):
    """Lower-case `text` and spell ё as е, the way both the index and queries see it."""
    return text.lower().replace("ё", "е")


def normalise_query(*, query):
    """Cut `query` to MAX_QUERY_LENGTH and reduce it to folded words separated by spaces."""
    return " ".join(_NON_WORD.sub(" ", fold(query[:MAX_QUERY_LENGTH])).split())


def stem(*, word):
    """Trim one common Russian or English ending from a folded `word` (for prefix matching)."""
    endings = _RUSSIAN_ENDINGS if _CYRILLIC.search(word) else _ENGLISH_ENDINGS
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


def query_stems(*, query):
    """The stems of a normalised `query`'s words, stop words left out unless nothing remains."""
    words = query.split()
    kept = [word for word in words if word not in STOP_WORDS] or words
    return [stem(word=word) for word in kept]


def transliterate(*, text):
    """Russian letters of a folded `text` in Latin (Барнаул -> barnaul), the rest unchanged."""
    return "".join(_TRANSLIT.get(char, char) for char in text)


def has_cyrillic(*, text):
    return bool(_CYRILLIC.search(fold(text)))
