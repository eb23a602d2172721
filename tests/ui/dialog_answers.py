"""Ways to answer a chain of modal dialogs with the ``answer_dialog`` fixture."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def answer_each(answer_dialog: Callable[..., Any], *answers: Any) -> Any:
    """Answer several modal dialogs in turn (each answer arms the next).

    Returns the fixture's list of dialogs seen (shared by every call in a test).
    """
    queue = list(answers)

    def next_answer(dialog: Any) -> None:
        answer = queue.pop(0)
        if queue:
            answer_dialog(next_answer)
        if callable(answer):
            answer(dialog)
        else:
            dialog.button(answer).click()

    return answer_dialog(next_answer)


def answering(callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """``callback(dialog)`` for ``answer_dialog``; a failure closes the dialog (never hangs)."""

    def answer(dialog: Any) -> None:
        try:
            callback(dialog)
        except BaseException:
            dialog.reject()
            raise

    return answer
