"""The duplicate check at intake (issue 30): names spelt by different hands, in another
order or script, born a year apart, are offered as likely the same young person."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from safehaven.domain.duplicates import (
    Person,
    births_close,
    compare_names,
    likely_match,
    likely_matches,
    words,
)


def test_the_issue_s_three_spellings_are_offered_as_one_child() -> None:
    aleksandr = Person("Aleksandr Ivanov", date(2010, 5, 1), languages=("Russian",))
    alexander = Person("Alexander Iwanow", date(2011, 5, 1), id="b")
    ivanov = Person("Ivanov Aleksandr", date(2011, 4, 20), id="c")
    for a, b in ((aleksandr, alexander), (aleksandr, ivanov), (alexander, ivanov)):
        assert likely_match(a, b) is not None, (a.name, b.name)
        assert likely_match(b, a) is not None
    assert words("Александр Иванов") == words("Aleksandr Ivanov")


def test_unrelated_names_and_distant_births_are_not_offered() -> None:
    aleksandr = Person("Aleksandr Ivanov", date(2010, 5, 1))
    for other in ("Maria Lopez", "Ivan Petrov", "Alina Ivanova Sokolova", "Sasha"):
        assert likely_match(aleksandr, Person(other, date(2010, 5, 1))) is None, other
    assert likely_match(aleksandr, Person("Aleksandr Ivanov", date(2012, 6, 1))) is None
    # numbers must be the same: "Child 1" is not "Child 11"
    assert compare_names("Child 1", "Child 11") is None
    assert compare_names("Child 12", "Child 12") is not None


def test_an_estimated_age_is_the_range_of_births_it_allows() -> None:
    known = Person("Amina Yusuf", date(2011, 2, 1))
    said_14 = Person("Amina Yusuf", age_estimate=14, age_estimated_on=date(2026, 11, 26))
    said_9 = Person("Amina Yusuf", age_estimate=9, age_estimated_on=date(2026, 11, 26))
    assert births_close(known, said_14) is True
    assert births_close(known, said_9) is False
    assert likely_match(said_14, known) is not None
    assert likely_match(said_9, known) is None


def test_without_births_a_whole_name_is_needed_and_no_language_apart() -> None:
    known = Person("Thi Lan Nguyen", languages=("Vietnamese",))
    assert likely_match(Person("Nguyen Thi Lan"), known) is not None
    assert likely_match(Person("Lan Nguyen", languages=("Vietnamese",)), known) is None
    assert likely_match(Person("Nguyen Thi Lan", languages=("Spanish",)), known) is None
    # half a name is enough when the births agree
    born = Person("Lan Nguyen", date(2012, 3, 3))
    assert likely_match(born, Person("Thi Lan Nguyen", date(2012, 9, 1))) is not None


def test_the_most_likely_comes_first() -> None:
    new = Person("Aleksandr Ivanov", date(2010, 5, 1), languages=("Russian",))
    found = likely_matches(new, [
        Person("Alexander Iwanow", id="a"),
        Person("Aleksandr Ivanov", date(2010, 6, 1), languages=("russian",), id="b"),
        Person("Maria Lopez", id="c")])
    assert [m.person.id for m in found] == ["b", "a"]
    assert found[0].reasons == ("similar-name", "born-within-a-year", "shared-language")


names = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéíñöüçАБВИКЛМНОР", min_size=2,
                         max_size=9), min_size=1, max_size=3).map(" ".join)


@given(names, names)
def test_comparing_is_symmetric(a: str, b: str) -> None:
    x, y = compare_names(a, b), compare_names(b, a)
    assert (x is None) == (y is None)
    if x is not None and y is not None:
        assert abs(x.score - y.score) < 1e-9


@given(names)
def test_a_name_matches_itself_reordered_and_without_accents(name: str) -> None:
    from safehaven.domain.text import fold

    if not words(name):
        return
    reordered = " ".join(reversed(name.split()))
    assert compare_names(name, reordered) is not None
    assert compare_names(name, fold(name)) is not None
    assert compare_names(name, name.upper()) is not None


def test_names_in_scripts_without_a_latin_spelling_are_compared_too() -> None:
    """Arabic, Hebrew and Thai names were no words at all (split on Latin letters), so
    such a child matched nobody, even herself in another order (session 14)."""
    for name, reordered in (("أمينة حداد", "حداد أمينة"), ("דוד כהן", "כהן דוד"),
                            ("สมชาย ใจดี", "ใจดี สมชาย")):
        assert words(name), name
        assert compare_names(name, reordered) is not None, name
    assert compare_names("أمينة حداد", "דוד כהן") is None
    born = date(2011, 5, 3)
    assert likely_match(Person("أمينة حداد", born),
                        Person("حداد امينة", date(2012, 1, 9))) is not None
