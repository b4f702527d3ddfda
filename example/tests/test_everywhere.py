from ftdemo import _declared


def test_declared_extension_adds():
    assert _declared.add(2, 3) == 5


def test_string_join():
    assert "-".join(["a", "b"]) == "a-b"


def test_common_failure():
    # Fails in every mode: a common failure, not a divergence.
    assert sorted([3, 1, 2]) == [3, 2, 1]
