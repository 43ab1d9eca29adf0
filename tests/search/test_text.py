"""How queries and texts are read: CJK as pairs of characters, Korean particles, terms that
are safe to look up, and matches marked in escaped text."""

from search import text


def test_cjk_text_becomes_overlapping_pairs_at_their_positions():
    vector = text.cjk_vector(["绿色采购", "Seoul 서울시의"], "A")

    chinese = ["'绿色':1A", "'色采':2A", "'采购':3A"]
    korean = ["'서울':5A", "'울시':6A", "'시의':7A"]  # after a gap: runs are no phrase
    assert vector.split() == [*chinese, *korean]


def test_a_pair_seen_again_keeps_each_position():
    assert text.cjk_vector(["采购。采购"], "B") == "'采购':1B,3B"


def test_latin_text_keeps_its_words_without_the_cjk():
    assert text.latin_text("Green 绿色 procurement") == "Green   procurement"


def test_full_width_letters_and_half_width_kana_are_read_as_usual():
    query = text.parse("ＧＰＰ ｸﾞﾘｰﾝ")

    assert query.words == ("gpp",)
    assert query.runs == ("グリーン",)


def test_a_korean_word_also_looks_for_its_stem():
    assert text.korean_stem("서울시의") == "서울시"
    assert text.korean_stem("서울시에서") == "서울시"
    assert text.korean_stem("서울") is None  # a stem of one character is no stem
    assert text.korean_stem("采购") is None

    sql, params = text.parse("서울시의").tsquery()

    assert sql == "%s::tsquery"
    assert params == ["('서울' <-> '울시' <-> '시의') | ('서울' <-> '울시')"]


def test_operators_and_quotes_are_no_terms():
    query = text.parse("'green' & !(buses | \"ferries\") <-> :* \\ % _")

    assert query.words == ("green", "buses", "ferries")
    sql, params = query.tsquery()
    assert params == ["green", "green", "buses", "buses", "ferries", "ferries"]
    assert "plainto_tsquery('english', %s)" in sql


def test_one_character_terms_are_too_short_and_long_queries_are_cut():
    assert text.parse("a").too_short
    assert text.parse("绿 a").too_short
    assert not text.parse("绿 采购").too_short
    assert text.parse("绿 采购").runs == ("采购",)

    long = text.parse("x" * 1000)
    assert long.shortened
    assert len(long.text) == text.MAX_QUERY

    many = text.parse(" ".join(f"word{number}" for number in range(20)))
    assert many.shortened
    assert len(many.words) == text.MAX_TERMS


def test_matches_are_marked_in_escaped_text():
    marks = text.parse("procure 采购").marks()

    marked = text.highlighted("<b>Procurement</b> & 绿色采购 procured", marks)

    assert marked == (
        "&lt;b&gt;<mark>Procurement</mark>&lt;/b&gt; &amp; 绿色<mark>采购</mark> "
        "<mark>procured</mark>"
    )


def test_a_word_is_marked_with_its_endings_not_inside_other_words():
    marks = text.parse("procurement").marks()

    marked = text.highlighted("Procura+ buys: procure, procured, procurements.", marks)

    assert marked == (
        "Procura+ buys: <mark>procure</mark>, <mark>procured</mark>, <mark>procurements</mark>."
    )


def test_a_search_for_amp_does_not_mark_inside_an_escaped_ampersand():
    assert text.highlighted("A & B amp", text.parse("amp").marks()) == "A &amp; B <mark>amp</mark>"


def test_an_excerpt_shows_the_first_match():
    body = "Buses. " * 60 + "Ferries run on batteries." + " More." * 60

    excerpt = text.excerpt(body, text.parse("ferries").marks())

    assert "Ferries run on batteries." in excerpt
    assert excerpt.startswith("…")
    assert excerpt.endswith("…")
