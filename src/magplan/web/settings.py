"""One server's limits and options (the ``serve`` subcommand's flags)."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass

from magplan.extract import OcrMode

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    # When set, every request must carry it (header, or the cookie the page gets from ?token=).
    token: str | None = None
    max_file_bytes: int = 50 * MIB  # one uploaded file, and one member of an uploaded zip
    max_files: int = 100  # files in one upload, and documents in one zip
    max_total_bytes: int = 300 * MIB  # one request's body, and a zip's contents unpacked
    workers: int = max(2, os.cpu_count() or 1)
    ocr: OcrMode = "auto"
    keep_seconds: float = 3600.0  # how long a finished result stays available
    max_jobs: int = 200  # results kept at once; the oldest finished go first
    max_active: int = 50  # files queued or being read at once; more is «busy, try again»

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
