"""Mode of a meeting from the words that report it."""

from __future__ import annotations

import pytest

from kg.extract.mode import detect_mode


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (["Readout of the President's Call with the Prime Minister"], "phone"),
        (["The President had a telephone conversation with the Emir."], "phone"),
        (["Readout of the Call", "The leaders held a secure video call today."], "video"),
        (["The sides held talks via videoconference."], "video"),
        (["The President received the Minister in the Akorda."], "in_person"),
        (["Remarks Before Bilateral Meeting"], "in_person"),
    ],
)
def test_mode(texts, want):
    assert detect_mode(texts)[0] == want


def test_video_in_the_lead_beats_a_call_in_the_title():
    assert detect_mode(["Call with European leaders"], ["They joined by videoconference."])[0] == "video"
