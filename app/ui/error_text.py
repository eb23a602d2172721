"""What a service's error says, in the console's language.

Services raise errors whose words come from the catalog in
:mod:`app.domain.messages`; ``str()`` of them stays English (logs, CLI). The
console shows them through these two helpers instead of ``str()`` or
``.message``.
"""

from __future__ import annotations

from app.ui.labels import ui_language


def message_text(error: BaseException) -> str:
    """The message alone (no field, no row), as shown at the field it belongs to."""
    speak = getattr(error, "text", None)
    if callable(speak):
        return str(speak(ui_language()))
    return str(getattr(error, "message", None) or error)


def error_text(error: BaseException) -> str:
    """The whole error for a message box: with its field and row where it has them."""
    full = getattr(error, "full_text", None)
    if callable(full):
        return str(full(ui_language()))
    speak = getattr(error, "text", None)
    if callable(speak):
        return str(speak(ui_language()))
    return str(error)


__all__ = ["error_text", "message_text"]
