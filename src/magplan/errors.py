"""The package's exceptions.  The CLI turns each into one line on stderr."""

from __future__ import annotations


class MagplanError(Exception):
    """Base class of everything magplan raises on purpose."""


class InputError(MagplanError, ValueError):
    """The input cannot be read as a plan (exit status 2)."""


class UnsupportedFormat(InputError):
    """No extractor accepts this file."""


class DamagedFile(InputError):
    """The file is not a valid document of its format (truncated, not a zip…)."""


class UnsafeInput(InputError):
    """The file tries something a document never needs (XML entities, zip bombs)."""


class NoPlanFound(InputError):
    """The document opened fine but holds no plan table."""


class NeedsOCR(InputError):
    """A PDF without a usable text layer."""


class EncryptedFile(InputError):
    """A document protected by a password that magplan does not have."""


class MissingDependency(MagplanError, ImportError):
    """An optional library or system program is not installed."""


class OutputError(MagplanError, OSError):
    """An output file cannot be written."""
