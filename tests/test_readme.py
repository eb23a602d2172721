"""The README's Debian packages and CI's agree, and the README opens with the two commands."""

from __future__ import annotations

import re

from app.paths import project_root

# Fenced shell blocks of the README.
BLOCK = re.compile(r"```sh\n(.*?)```", re.S)


def readme() -> str:
    return (project_root() / "README.md").read_text(encoding="utf-8")


def readme_apt_packages() -> set[str]:
    """The packages of the README's ``apt-get install`` command."""
    for block in BLOCK.findall(readme()):
        command = block.replace("\\\n", " ")
        if "apt-get install" in command:
            return set(command.split("apt-get install", 1)[1].split())
    raise AssertionError("the README has no apt-get install command")


def ci_apt_packages() -> set[str]:
    """The names in ``.ci/run``'s ``packages=( … )`` array, comments left out."""
    text = (project_root() / ".ci" / "run").read_text(encoding="utf-8")
    body = text.split("packages=(", 1)[1].split(")", 1)[0]
    lines = [line.split("#", 1)[0] for line in body.splitlines()]
    return set(" ".join(lines).split())


def test_ci_installs_the_readme_desktop_libraries() -> None:
    desktop = {name for name in readme_apt_packages() if name.startswith("lib")}
    assert {"libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0"} <= desktop
    assert desktop <= ci_apt_packages()


def test_every_library_ci_installs_is_in_the_readme() -> None:
    ci_libraries = {name for name in ci_apt_packages() if name.startswith("lib")}
    assert ci_libraries <= readme_apt_packages()
    assert "fonts-wqy-microhei" in readme_apt_packages() & ci_apt_packages()


def test_the_readme_opens_with_make_run_and_make_test() -> None:
    first = BLOCK.findall(readme())[0].splitlines()
    assert [line.split()[:2] for line in first] == [["make", "run"], ["make", "test"]]


def test_the_readme_links_nothing_outside_the_repository() -> None:
    # A newcomer reads it offline: no web addresses, no links out of the clone.
    assert not re.search(r"https?://", readme())
    assert not re.search(r"\]\((?:/|\.\./)", readme())
