"""Where Outpost keeps its database, logs, cache and settings.

The platform's user folders by default; ``--data-dir`` moves them all under one
folder, which tests and developers use to keep runs apart.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Outpost"
APP_AUTHOR = "Outpost"
DATABASE_FILE = "outpost.sqlite3"
ENV_DATABASE_URL = "OUTPOST_DATABASE_URL"
ENV_DATA_DIR = "OUTPOST_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data: Path
    logs: Path
    cache: Path
    config: Path
    backups: Path

    @property
    def database_file(self) -> Path:
        return self.data / DATABASE_FILE

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.ini"

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.logs, self.cache, self.config, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def app_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """The folders to use: under ``data_dir`` when given, else the platform's."""
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(
            data=root,
            logs=root / "logs",
            cache=root / "cache",
            config=root / "config",
            backups=root / "backups",
        )
    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    data = Path(dirs.user_data_dir)
    return AppPaths(
        data=data,
        logs=Path(dirs.user_log_dir),
        cache=Path(dirs.user_cache_dir),
        config=Path(dirs.user_config_dir),
        backups=data / "backups",
    )


def project_root() -> Path:
    """The folder holding ``app/``, ``migrations/`` and ``resources/``."""
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return project_root() / "resources"
