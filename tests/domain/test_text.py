from safehaven.domain.text import fold


def test_fold_matches_what_a_tired_worker_types() -> None:
    assert "jose" in fold("José Ángel") and "angel" in fold("José Ángel")
    assert fold("Nguyễn Thị Lan").startswith("nguyen thi")
    assert fold("Đặng Linh") == "dang linh"
    assert fold("LUCÍA") == "lucia" and fold("Ștefan") == "stefan"
    assert fold("Анастасия") == "анастасия"  # other scripts keep their letters
